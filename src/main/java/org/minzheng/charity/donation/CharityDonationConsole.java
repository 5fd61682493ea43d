package org.minzheng.charity.donation;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What donors and donations add to the console: their permissions and menu entries. */
@Configuration(proxyBeanMethods = false)
class CharityDonationConsole {

    static final String VIEW = "charity:donation:view";
    static final String MANAGE = "charity:donation:manage";
    static final String CAN_VIEW = "hasAuthority('" + VIEW + "')";
    static final String CAN_MANAGE = "hasAuthority('" + MANAGE + "')";

    @Bean
    PermissionGroup charityDonationPermissions() {
        return new PermissionGroup("charity", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem charityDonationsMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.donations", DonationController.BASE, VIEW, 30);
    }

    @Bean
    MenuItem charityDonorsMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.donors", DonorController.BASE, VIEW, 32);
    }

    @Bean
    MenuItem charityPledgesMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.pledges", PledgeController.BASE, VIEW, 34);
    }

    @Bean
    MenuItem charityGeneralFundMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.generalFund", GeneralFundController.BASE, VIEW, 36);
    }
}
