package org.minzheng.registry.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.Money;

/**
 * The caseworkers' collection file (入户采集表): one row per person, the household's fields repeated
 * on each of its rows, in the layout of {@code docs/registry-collection-file.md}. Written as CSV
 * (UTF-8, comma, CRLF), streamed household by household so that a million households need no memory.
 */
public final class CollectionFile {

    public static final List<String> HEADINGS = List.of(
            "户编号", "村（社区）代码", "家庭住址", "户口性质", "低收入类别", "家庭财产（元）", "姓名", "身份证号", "与户主关系", "劳动能力", "残疾类别", "残疾等级",
            "月收入（元）");

    private CollectionFile() {}

    /** @return how many person rows were written */
    public static long write(Stream<SyntheticHousehold> households, Writer out) {
        long rows = 0;
        try {
            out.write(String.join(",", HEADINGS));
            out.write("\r\n");
            Iterator<SyntheticHousehold> each = households.iterator();
            while (each.hasNext()) {
                SyntheticHousehold household = each.next();
                String shared = String.join(
                        ",",
                        household.key(),
                        household.village().value(),
                        household.address(),
                        household.hukouType() == HukouType.URBAN ? "城镇" : "农村",
                        household.categories().stream()
                                .map(HouseholdCategory::code)
                                .sorted()
                                .collect(Collectors.joining("|")),
                        Money.ofFen(household.assetsFen()).toYuanString());
                for (SyntheticPerson person : household.members()) {
                    out.write(shared);
                    out.write(',');
                    out.write(String.join(
                            ",",
                            person.name(),
                            person.idNumber().value(),
                            person.relationship(),
                            person.workAbility().name().toLowerCase(java.util.Locale.ROOT),
                            person.disabilityCategory() == null ? "" : person.disabilityCategory(),
                            person.disabilityGrade() == null ? "" : person.disabilityGrade(),
                            Money.ofFen(person.monthlyIncomeFen()).toYuanString()));
                    out.write("\r\n");
                    rows++;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
