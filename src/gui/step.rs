//! The steps of the wizard, which the pages, the commands and the open assessment all name.

/// A step of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Who, for whom, when.
    Details,
    /// A section of the questionnaire, by index.
    Section(usize),
    /// Apps side by side.
    Compare,
    /// Action plan and approvals.
    SignOff,
    /// Results and export.
    Finish,
}
