package org.minzheng.lottery.sales;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sales, ranking and incentive permissions and their menu entries under 福彩渠道. */
@Configuration(proxyBeanMethods = false)
class LotterySalesConsole {

    @Bean
    PermissionGroup lotterySalesPermissions() {
        return new PermissionGroup(
                "lottery",
                List.of(
                        "lottery:sales:view",
                        "lottery:sales:manage",
                        "lottery:incentive:view",
                        "lottery:incentive:manage",
                        "lottery:incentive:approve"));
    }

    @Bean
    MenuItem lotterySalesMenu() {
        return new MenuItem(
                MenuSection.LOTTERY, "menu.lottery.sales", LotterySalesController.BASE, "lottery:sales:view", 50);
    }

    @Bean
    MenuItem lotterySalesImportMenu() {
        return new MenuItem(
                MenuSection.LOTTERY,
                "menu.lottery.salesImport",
                LotterySalesImportController.BASE,
                "lottery:sales:manage",
                60);
    }

    @Bean
    MenuItem lotteryRankingMenu() {
        return new MenuItem(
                MenuSection.LOTTERY, "menu.lottery.rankings", "/console/lottery/rankings", "lottery:sales:view", 70);
    }

    @Bean
    MenuItem lotteryBulletinMenu() {
        return new MenuItem(
                MenuSection.LOTTERY,
                "menu.lottery.bulletins",
                "/console/lottery/rankings/bulletins",
                "lottery:sales:view",
                80);
    }

    @Bean
    MenuItem lotteryIncentiveMenu() {
        return new MenuItem(
                MenuSection.LOTTERY,
                "menu.lottery.incentives",
                "/console/lottery/incentives",
                "lottery:incentive:view",
                90);
    }
}
