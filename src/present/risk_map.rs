//! The 4×4 risk map as every output draws it: likelihood across, severity up, each cell with
//! its level and the numbers of the risks in it (their places in the knowledge base, from 1, as
//! the register and the legend number them). The report's maps and the app's risk panel read
//! these cells.

use crate::scale::{RiskLevel, Scale};
use crate::scoring::{AppResult, Phase, RiskResult};

/// One cell of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapCell {
    /// Likelihood, 1–4 (the column, from the left).
    pub likelihood: u8,
    /// Severity, 1–4 (the row, from the bottom).
    pub severity: u8,
    /// The level a rating in this cell has.
    pub level: RiskLevel,
    /// The numbers of the risks rated here, in knowledge-base order.
    pub risks: Vec<usize>,
}

/// The sixteen cells for `result`'s ratings in `phase`: the top row (severity 4) first, each row
/// from likelihood 1 to 4, as a map is read and drawn.
pub fn map_cells(result: &AppResult, phase: Phase) -> Vec<MapCell> {
    let mut cells = Vec::with_capacity(16);
    for severity in (1..=4u8).rev() {
        for likelihood in 1..=4u8 {
            let risks = result
                .risks
                .iter()
                .enumerate()
                .filter(|(_, risk)| position(risk, phase) == (likelihood, severity))
                .map(|(index, _)| index + 1)
                .collect();
            cells.push(MapCell {
                likelihood,
                severity,
                level: RiskLevel::of(scale(likelihood), scale(severity)),
                risks,
            });
        }
    }
    cells
}

/// Whether the safeguards move the risk on the map (a risk they leave where it was need only be
/// drawn once).
pub fn moved(risk: &RiskResult) -> bool {
    position(risk, Phase::Inherent) != position(risk, Phase::Residual)
}

fn position(risk: &RiskResult, phase: Phase) -> (u8, u8) {
    let rating = match phase {
        Phase::Inherent => risk.inherent,
        Phase::Residual => risk.residual,
    };
    (rating.likelihood.get(), rating.severity.get())
}

fn scale(value: u8) -> Scale {
    Scale::new(value).unwrap_or(Scale::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn every_risk_is_in_exactly_one_cell_per_phase_and_the_top_left_cell_is_read_first() {
        let (_, scoring) = embedded::scored_example("hk-law-firm-wechat.ron");
        let result = &scoring.apps[0];
        for phase in [Phase::Inherent, Phase::Residual] {
            let cells = map_cells(result, phase);
            assert_eq!(cells.len(), 16);
            assert_eq!((cells[0].likelihood, cells[0].severity), (1, 4));
            assert_eq!((cells[15].likelihood, cells[15].severity), (4, 1));
            let mut numbers: Vec<usize> = cells.iter().flat_map(|c| c.risks.clone()).collect();
            numbers.sort_unstable();
            assert_eq!(numbers, (1..=result.risks.len()).collect::<Vec<_>>());
            for cell in &cells {
                for number in &cell.risks {
                    let rating = match phase {
                        Phase::Inherent => result.risks[number - 1].inherent,
                        Phase::Residual => result.risks[number - 1].residual,
                    };
                    assert_eq!(rating.level, cell.level);
                }
            }
        }
    }
}
