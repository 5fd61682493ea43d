package org.minzheng.region.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minzheng.shared.RegionCode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class PosterPropertiesTests {

    static final RegionCode LIZE_STREET_VILLAGE = RegionCode.of("371602012201");

    @Test
    void villageUrlIsTheBaseUrlWithTheTwelveDigitCode() {
        var properties = new PosterProperties("https://mz.example.gov.cn", "12345");

        assertThat(properties.villageUrl(LIZE_STREET_VILLAGE)).isEqualTo("https://mz.example.gov.cn/v/371602012201");
    }

    @Test
    void trailingSlashesOfTheBaseUrlAreNotDoubled() {
        var properties = new PosterProperties(" https://mz.example.gov.cn/portal// ", "12345");

        assertThat(properties.villageUrl(LIZE_STREET_VILLAGE))
                .isEqualTo("https://mz.example.gov.cn/portal/v/371602012201");
    }

    @Test
    void aMissingOrMalformedBaseUrlStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new PosterProperties(null, "12345"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minzheng.portal.base-url");
        assertThatThrownBy(() -> new PosterProperties("  ", "12345")).hasMessageContaining("minzheng.portal.base-url");
        assertThatThrownBy(() -> new PosterProperties("mz.example.gov.cn", "12345"))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> new PosterProperties("ftp://mz.example.gov.cn", "12345"))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> new PosterProperties("https://mz.example.gov.cn/?from=poster", "12345"))
                .hasMessageContaining("http or https");
    }

    @Test
    void productionRefusesAPlainHttpAddress() {
        assertThatThrownBy(
                        () -> new PublicPortalAddressCheck(new PosterProperties("http://mz.example.gov.cn", "12345")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("https");
        assertThatCode(() -> new PublicPortalAddressCheck(new PosterProperties("https://mz.example.gov.cn", "12345")))
                .doesNotThrowAnyException();
    }

    @Test
    void theHotlineMayNotBeBlank() {
        assertThatThrownBy(() -> new PosterProperties("https://mz.example.gov.cn", " "))
                .hasMessageContaining("hotline");
    }

    @Test
    void productionStartsOnlyWithAnHttpsPortalAddress() {
        var production = new ApplicationContextRunner()
                .withUserConfiguration(PosterSettings.class)
                .withPropertyValues("spring.profiles.active=prod");

        production.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("minzheng.portal.base-url is not set"));
        production
                .withPropertyValues("minzheng.portal.base-url=http://mz.example.gov.cn")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("must be the public https address"));
        production
                .withPropertyValues("minzheng.portal.base-url=https://mz.example.gov.cn/")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PosterProperties.class).hotline())
                            .isEqualTo("12345");
                });
    }

    @Test
    void developmentAcceptsPlainHttp() {
        new ApplicationContextRunner()
                .withUserConfiguration(PosterSettings.class)
                .withPropertyValues(
                        "minzheng.portal.base-url=http://localhost:8080", "minzheng.portal.hotline=0543-12345")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PublicPortalAddressCheck.class);
                    assertThat(context.getBean(PosterProperties.class).hotline())
                            .isEqualTo("0543-12345");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PosterProperties.class)
    @Import(PublicPortalAddressCheck.class)
    static class PosterSettings {}
}
