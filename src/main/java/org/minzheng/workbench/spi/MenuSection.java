package org.minzheng.workbench.spi;

/** The groups of the console navigation, in display order. */
public enum MenuSection {
    ASSISTANCE("menu.section.assistance"),
    PAYMENT("menu.section.payment"),
    POLICY("menu.section.policy"),
    REGISTRY("menu.section.registry"),
    ELDERCARE("menu.section.eldercare"),
    CHILDWELFARE("menu.section.childwelfare"),
    CHARITY("menu.section.charity"),
    RESCUE("menu.section.rescue"),
    LOTTERY("menu.section.lottery"),
    BASIC_DATA("menu.section.basicData"),
    SYSTEM("menu.section.system"),
    AUDIT("menu.section.audit");

    private final String labelKey;

    MenuSection(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
