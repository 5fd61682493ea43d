package org.minzheng.workbench.home;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台首页: the figures of the staff member's region subtree, from every module that offers some. */
@Controller
class HomeController {

    private final List<DashboardTile> tiles;

    HomeController(List<DashboardTile> tiles) {
        this.tiles = tiles.stream()
                .sorted(Comparator.comparingInt(DashboardTile::order))
                .toList();
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String home(Model model) {
        StaffPrincipal staff = CurrentStaff.require();
        Set<String> authorities = CurrentStaff.authorities();
        // The figures are region statistics; a role without workbench:home:view sees the greeting only.
        List<ShownTile> shown = tiles.stream()
                .filter(tile -> authorities.contains("workbench:home:view"))
                .filter(tile -> authorities.contains(tile.permission()))
                .map(tile -> new ShownTile(tile.titleKey(), tile.path(), tile.figures(staff)))
                .toList();
        model.addAttribute("tiles", shown);
        return "workbench/home";
    }

    record ShownTile(String titleKey, String path, List<DashboardTile.Figure> figures) {}
}
