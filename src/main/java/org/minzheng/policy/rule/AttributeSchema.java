package org.minzheng.policy.rule;

import static org.minzheng.policy.rule.AttributeType.BOOL;
import static org.minzheng.policy.rule.AttributeType.DOUBLE;
import static org.minzheng.policy.rule.AttributeType.INT;
import static org.minzheng.policy.rule.AttributeType.STRING;
import static org.minzheng.policy.rule.AttributeType.STRING_LIST;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts eligibility and monitoring rules are written over (documented for rule authors in
 * {@code docs/rule-attributes.md}). Three variables: {@code household} (the family living together, as
 * 《最低生活保障审核确认办法》 art. 7 defines it), {@code person} (the member the check is for) and
 * {@code local} (the local standards in force for the household's region on the day, from the parameter
 * table). Money is yuan; income is per person per month, assets per person.
 */
public final class AttributeSchema {

    public static final String HOUSEHOLD = "household";
    public static final String PERSON = "person";
    public static final String LOCAL = "local";

    /** The 低保 standard that applies to the person's hukou (urban or rural); unknown until the hukou is. */
    public static final String DIBAO = "local.dibao";

    private static final List<String> NONE_PARTIAL_FULL = List.of("full", "partial", "none");

    private static final AttributeSchema INSTANCE = new Builder()
            .add("household.size", INT)
            .add("household.income_per_capita", DOUBLE)
            .add("household.assets_per_capita", DOUBLE)
            .add("household.categories", STRING_LIST, "dibao", "tekun", "edge", "rigid", "monitored", "lifted")
            .add("household.rigid_expense_yearly", DOUBLE)
            .add("household.elderly_members", INT)
            .add("household.housing_hardship", BOOL)
            .add("household.dangerous_house", BOOL)
            .add("household.emergency", BOOL)
            .add("household.disaster_affected", BOOL)
            .add("household.member_deceased", BOOL)
            .add("person.age", INT)
            .add("person.sex", STRING, "male", "female")
            .add("person.hukou", STRING, "urban", "rural")
            .add(
                    "person.disability_category",
                    STRING,
                    "none",
                    "visual",
                    "hearing",
                    "speech",
                    "physical",
                    "intellectual",
                    "mental",
                    "multiple")
            .add("person.disability_grade", INT)
            .add("person.work_ability", STRING, NONE_PARTIAL_FULL)
            .add("person.self_care", STRING, NONE_PARTIAL_FULL)
            .add("person.serious_illness", BOOL)
            .add("person.chronic_illness", BOOL)
            .add("person.severe_mental_disorder", BOOL)
            .add("person.orphan", BOOL)
            .add("person.unsupported_child", BOOL)
            .add("person.able_supporter", BOOL)
            .add(
                    "person.school_stage",
                    STRING,
                    "none",
                    "kindergarten",
                    "primary",
                    "junior",
                    "senior",
                    "vocational",
                    "college")
            .add("person.boarding", BOOL)
            .add("person.registered_unemployed", BOOL)
            .add("person.veteran", BOOL)
            .add("person.union_member", BOOL)
            .add("person.women_cancer", BOOL)
            .add("person.family_planning_special", BOOL)
            .local("local.dibao", DOUBLE)
            .local("local.dibao_urban", DOUBLE)
            .local("local.dibao_rural", DOUBLE)
            .local("local.asset_limit", DOUBLE)
            .local("local.edge_multiple", DOUBLE)
            .local("local.disposable_income", DOUBLE)
            .local("local.rigid_ratio", DOUBLE)
            .local("local.allowance_age", INT)
            .local("local.tekun_multiple", DOUBLE)
            .local("local.temporary_ceiling", DOUBLE)
            .local("local.advance_limit", DOUBLE)
            // What other departments report (医保, 公安, 残联, 车管, 不动产), read by monitoring rules. They come
            // last so that the positions of the attributes above stay as they were.
            .add("household.medical_expense_yearly", DOUBLE)
            .add("person.medical_expense_yearly", DOUBLE)
            .add("person.deceased", BOOL)
            .add("person.certified_disability_grade", INT)
            .add("person.certified_recently", BOOL)
            .add("person.vehicles", INT)
            .add("person.properties", INT)
            .build();

    private final List<Attribute> attributes;
    private final Map<String, Attribute> byPath;

    private AttributeSchema(List<Attribute> attributes) {
        this.attributes = List.copyOf(attributes);
        Map<String, Attribute> paths = new LinkedHashMap<>();
        attributes.forEach(attribute -> paths.put(attribute.path(), attribute));
        this.byPath = Map.copyOf(paths);
    }

    public static AttributeSchema standard() {
        return INSTANCE;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public Optional<Attribute> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Attribute get(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException("no attribute " + path));
    }

    public List<Attribute> in(String scope) {
        return attributes.stream()
                .filter(attribute -> attribute.scope().equals(scope))
                .toList();
    }

    public int size() {
        return attributes.size();
    }

    private static final class Builder {
        private final List<Attribute> attributes = new ArrayList<>();

        Builder add(String path, AttributeType type, String... options) {
            return add(path, type, List.of(options));
        }

        Builder add(String path, AttributeType type, List<String> options) {
            attributes.add(new Attribute(attributes.size(), path, type, options, true));
            return this;
        }

        Builder local(String path, AttributeType type) {
            attributes.add(new Attribute(attributes.size(), path, type, List.of(), false));
            return this;
        }

        AttributeSchema build() {
            if (attributes.size() > Long.SIZE) {
                // unknown facts are tracked as a bit set in one long
                throw new IllegalStateException("at most 64 attributes");
            }
            return new AttributeSchema(attributes);
        }
    }
}
