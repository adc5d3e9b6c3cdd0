"""Meta-monitoring dashboard (MSC step 9) and tabular exports of stories."""
