package org.minzheng.lottery.channel;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the channel and public-welfare side of the lottery module add to the console: permissions and menu. */
@Configuration(proxyBeanMethods = false)
class LotteryChannelConsole {

    static final String VIEW = "lottery:channel:view";
    static final String MANAGE = "lottery:channel:manage";
    static final String WELFARE_VIEW = "lottery:welfare:view";
    static final String CAN_VIEW = "hasAuthority('" + VIEW + "')";
    static final String CAN_MANAGE = "hasAuthority('" + MANAGE + "')";

    @Bean
    PermissionGroup lotteryChannelPermissions() {
        return new PermissionGroup("lottery", List.of(VIEW, MANAGE, WELFARE_VIEW, "lottery:welfare:manage"));
    }

    @Bean
    MenuItem lotteryPartnersMenu() {
        return new MenuItem(MenuSection.LOTTERY, "menu.lottery.partners", LotteryPartnerController.BASE, VIEW, 10);
    }

    @Bean
    MenuItem lotteryOutletsMenu() {
        return new MenuItem(MenuSection.LOTTERY, "menu.lottery.outlets", "/console/lottery/outlets", VIEW, 20);
    }

    @Bean
    MenuItem lotteryTeamsMenu() {
        return new MenuItem(MenuSection.LOTTERY, "menu.lottery.teams", "/console/lottery/teams", VIEW, 30);
    }

    @Bean
    MenuItem lotteryAreasMenu() {
        return new MenuItem(MenuSection.LOTTERY, "menu.lottery.areas", "/console/lottery/areas", VIEW, 32);
    }

    @Bean
    MenuItem lotteryHallsMenu() {
        return new MenuItem(MenuSection.LOTTERY, "menu.lottery.halls", "/console/lottery/halls", WELFARE_VIEW, 35);
    }

    @Bean
    MenuItem lotteryWelfareProjectsMenu() {
        return new MenuItem(
                MenuSection.LOTTERY,
                "menu.lottery.welfareProjects",
                "/console/lottery/welfare-projects",
                WELFARE_VIEW,
                40);
    }
}
