package org.minzheng.policy.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Policies of the tests' own, with codes no other test uses, so that tests sharing the database never
 * touch the demo catalogue or each other's rows.
 */
class PolicyFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private final PolicyRepository policies;
    private final JdbcTemplate jdbc;

    PolicyFixtures(PolicyRepository policies, JdbcTemplate jdbc) {
        this.policies = policies;
        this.jdbc = jdbc;
    }

    /** A code like {@code T-K3F9-12}: unique within the run and across runs on a kept database. */
    static String uniqueCode() {
        return ("T-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet())
                .toUpperCase(Locale.ROOT);
    }

    /** A word that occurs in nothing but the rows of one test. */
    static String uniqueWord() {
        return "词" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
    }

    static PolicyContent content(String name) {
        return content(name, LONG_AGO, null, "person.age >= 60");
    }

    static PolicyContent content(String name, LocalDate from, LocalDate until, String rule) {
        return new PolicyContent(
                name,
                PolicyCategory.ELDERLY,
                TargetGroup.ELDERLY,
                "年满60周岁的老年人。",
                "每月100元。",
                "向乡镇（街道）申请。",
                "乡镇（街道）便民服务中心",
                "0543-3186123",
                "测试依据",
                from,
                until,
                rule);
    }

    long aPolicy(String code, String department, PolicyContent content) {
        return policies.insert(code, department, content, false, "test").orElseThrow();
    }

    long aPolicy(String name) {
        return aPolicy(uniqueCode(), "civil-affairs", content(name));
    }

    void addVersion(long id, PolicyContent content, String note) {
        int current =
                jdbc.queryForObject("select current_version from policy.policies where id = ?", Integer.class, id);
        policies.addVersion(id, current, content, note, "test").orElseThrow();
    }

    long idOf(String code) {
        return jdbc.queryForObject("select id from policy.policies where code = ?", Long.class, code);
    }

    int policyCount() {
        return jdbc.queryForObject("select count(*) from policy.policies", Integer.class);
    }

    int versionCount(long id) {
        return jdbc.queryForObject(
                "select count(*) from policy.policy_versions where policy_id = ?", Integer.class, id);
    }

    String name(long id, int version) {
        return jdbc.queryForObject(
                "select name from policy.policy_versions where policy_id = ? and version = ?",
                String.class,
                id,
                version);
    }

    List<String> auditTrail(String code) {
        return jdbc.queryForList(
                "select action || ' ' || coalesce(detail, '-') from audit.audit_entries where target_type = 'policy.policy'"
                        + " and target_id = ? order by id",
                String.class,
                code);
    }

    /** The fields of a valid new policy as the browser posts them. */
    static MultiValueMap<String, String> newPolicy(String code, String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("department", "civil-affairs");
        form.add("name", name);
        form.add("category", "ELDERLY");
        form.add("targetGroup", "ELDERLY");
        form.add("conditions", "年满80周岁、户籍在本地的老年人。");
        form.add("standard", "每人每月100元（示意金额）。");
        form.add("howToApply", "本人或家属持身份证向乡镇（街道）申请。");
        form.add("whereToApply", "户籍所在地乡镇（街道）便民服务中心");
        form.add("phone", "0543-3186123");
        form.add("legalBasis", "《中华人民共和国老年人权益保障法》");
        form.add("effectiveFrom", "2022-01-01");
        form.add("effectiveUntil", "");
        form.add("rule", "person.age >= 80");
        return form;
    }
}
