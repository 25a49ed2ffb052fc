//! Answers that a newer questionnaire asks under another question: when one question splits into
//! several (the transfer basis became one question per regime, because each regime has its own
//! instruments), an answer given to the old question is carried to the new one that now asks it,
//! so that opening an older assessment keeps its meaning instead of asking again.

use super::condition::Condition;
use crate::answer::Answers;

/// An answer to `from` that, where `when` holds, now belongs to `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct MovedAnswer {
    /// The question the answer was given to.
    pub from: String,
    /// The question that now asks it (same kind, same option ids).
    pub to: String,
    /// For which answers the move applies (where the organisation is established, say).
    pub when: Condition,
}

/// One answer carried from one question to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carried {
    /// The question it was given to.
    pub from: String,
    /// The question it now answers.
    pub to: String,
}

/// Carries each answer the moves apply to, unless the new question is already answered (the
/// user's newer answer wins). Returns what was carried, in the order of `moves`.
pub fn carry_answers(moves: &[MovedAnswer], answers: &mut Answers) -> Vec<Carried> {
    let mut carried = Vec::new();
    for moved in moves {
        let applies = answers.contains_key(&moved.from)
            && !answers.contains_key(&moved.to)
            && moved.when.holds(answers, None);
        if !applies {
            continue;
        }
        if let Some(answer) = answers.remove(&moved.from) {
            answers.insert(moved.to.clone(), answer);
            carried.push(Carried {
                from: moved.from.clone(),
                to: moved.to.clone(),
            });
        }
    }
    carried
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;

    fn uk_move() -> MovedAnswer {
        MovedAnswer {
            from: "transfer_basis".into(),
            to: "transfer_basis_uk".into(),
            when: Condition::Is("org_location".into(), "uk".into()),
        }
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(q, a)| (q.to_string(), Answer::Choice(a.to_string())))
            .collect()
    }

    #[test]
    fn an_answer_moves_where_its_condition_holds() {
        let mut given = answers(&[("org_location", "uk"), ("transfer_basis", "sccs")]);
        let carried = carry_answers(&[uk_move()], &mut given);
        assert_eq!(carried.len(), 1);
        assert_eq!(
            given.get("transfer_basis_uk"),
            Some(&Answer::Choice("sccs".into()))
        );
        assert!(!given.contains_key("transfer_basis"));
    }

    #[test]
    fn an_answer_stays_where_the_condition_does_not_hold_or_the_new_question_is_answered() {
        let mut eea = answers(&[("org_location", "eea"), ("transfer_basis", "sccs")]);
        assert!(carry_answers(&[uk_move()], &mut eea).is_empty());
        assert_eq!(
            eea.get("transfer_basis"),
            Some(&Answer::Choice("sccs".into()))
        );

        let mut both = answers(&[
            ("org_location", "uk"),
            ("transfer_basis", "sccs"),
            ("transfer_basis_uk", "adequacy"),
        ]);
        assert!(carry_answers(&[uk_move()], &mut both).is_empty());
        assert_eq!(
            both.get("transfer_basis_uk"),
            Some(&Answer::Choice("adequacy".into()))
        );
    }
}
