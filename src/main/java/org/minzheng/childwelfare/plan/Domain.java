package org.minzheng.childwelfare.plan;

/** The functional domains an assessment scores, in the order the page and the chart show them. */
public enum Domain {
    GROSS_MOTOR("#1f77b4"),
    FINE_MOTOR("#ff7f0e"),
    LANGUAGE("#2ca02c"),
    COGNITION("#9467bd"),
    SELF_CARE("#d62728");

    private final String colour;

    Domain(String colour) {
        this.colour = colour;
    }

    /** The chart's line colour; an SVG presentation attribute, which the Content-Security-Policy allows. */
    public String colour() {
        return colour;
    }

    public String messageKey() {
        return "childwelfare.plan.domain." + name();
    }
}
