"""Quality improvement: action plans, escalations, QI projects."""
