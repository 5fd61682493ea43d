package org.minzheng.workbench.spi;

/**
 * One entry of the console navigation, shown only to staff holding {@code permission}.
 *
 * @param section the menu group: one of {@link MenuSection}
 * @param labelKey message key of the entry's label
 * @param path console path, e.g. {@code /console/region/regions}
 * @param permission {@code module:resource:action} needed to see the entry
 * @param order position within the section
 */
public record MenuItem(MenuSection section, String labelKey, String path, String permission, int order) {}
