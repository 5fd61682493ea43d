package org.minzheng.portal.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/** 适老化: the large-font switch works by link and cookie, and only ever leads back into the portal. */
@IntegrationTest
class PortalFontTests {

    static final String VILLAGE = "/v/371602012201";

    @Autowired
    MockMvc mvc;

    @Test
    void largeFontIsRememberedForAYearAndLeadsBackToThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(VILLAGE + "/font").param("size", "large").param("back", VILLAGE + "/policies?q=%E8%80%81"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(VILLAGE + "/policies?q=%E8%80%81"))
                .andReturn()
                .getResponse();

        String cookie = response.getHeader("Set-Cookie");
        assertThat(cookie)
                .startsWith("portal-font=large;")
                .contains("Path=/v", "Max-Age=31536000", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void standardFontSwitchesBack() throws Exception {
        String cookie = mvc.perform(
                        get(VILLAGE + "/font").param("size", "normal").param("back", VILLAGE))
                .andExpect(redirectedUrl(VILLAGE))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");

        assertThat(cookie).startsWith("portal-font=normal;");
    }

    @Test
    void pagesShowLargeFontWhileTheCookieSaysSo() throws Exception {
        Document large = page(VILLAGE + "/policies?q=x", new Cookie("portal-font", "large"));
        Document normal = page(VILLAGE + "/policies?q=x", new Cookie("portal-font", "normal"));

        assertThat(large.body().hasClass("large-font")).isTrue();
        assertThat(large.select("a#font-switch").text()).isEqualTo("标准字体");
        var link = UriComponentsBuilder.fromUriString(
                        large.select("a#font-switch").attr("href"))
                .build();
        assertThat(link.getPath()).isEqualTo(VILLAGE + "/font");
        assertThat(link.getQueryParams().getFirst("size")).isEqualTo("normal");
        assertThat(URLDecoder.decode(link.getQueryParams().getFirst("back"), StandardCharsets.UTF_8))
                .isEqualTo(VILLAGE + "/policies?q=x");
        assertThat(normal.body().hasClass("large-font")).isFalse();
        assertThat(normal.select("a#font-switch").text()).isEqualTo("大字模式");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "//evil.example",
                "/\\evil.example",
                "/v//evil.example",
                "/v/../console",
                "/console",
                "javascript:alert(1)",
                "/v/371602012201\r\nSet-Cookie: x=y",
                ""
            })
    void neverLeadsOutOfThePortal(String back) throws Exception {
        mvc.perform(get(VILLAGE + "/font").param("size", "large").param("back", back))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(VILLAGE));
    }

    @Test
    void aMalformedVillageCodeIsNotFound() throws Exception {
        mvc.perform(get("/v/abc/font").param("size", "large").param("back", VILLAGE))
                .andExpect(status().isNotFound());
    }

    private Document page(String path, Cookie cookie) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(cookie))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
