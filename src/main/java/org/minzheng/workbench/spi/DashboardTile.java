package org.minzheng.workbench.spi;

import java.util.List;
import org.minzheng.shared.security.StaffPrincipal;

/**
 * A figure on the console home page, computed for the signed-in staff member's region subtree.
 * Modules register implementations as beans.
 */
public interface DashboardTile {

    /** Permission needed to see the tile. */
    String permission();

    int order();

    /** Message key of the tile heading. */
    String titleKey();

    /** Console path the tile links to. */
    String path();

    /** The figures, each a label key and a value, computed within the staff member's data scope. */
    List<Figure> figures(StaffPrincipal staff);

    record Figure(String labelKey, long value) {}
}
