package org.minzheng.eldercare.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The categories, items and monthly packages of the home-service catalogue. */
@Repository
class CatalogueRepository {

    private static final String ITEM_COLUMNS =
            "i.id, i.category_code, i.name, i.standard_minutes, i.unit_price_fen, i.illustrative";

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceCategory> categories() {
        return jdbc.sql("select code, name_zh, name_en from eldercare.service_categories order by sort_order")
                .query((rs, n) -> new ServiceCategory(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<ServiceItem> items() {
        return jdbc.sql("""
                        select %s from eldercare.service_items i
                        join eldercare.service_categories c on c.code = i.category_code
                        order by c.sort_order, i.sort_order, i.id
                        """.formatted(ITEM_COLUMNS)).query((rs, n) -> item(rs)).list();
    }

    Optional<ServiceItem> item(long id) {
        return jdbc.sql("select %s from eldercare.service_items i where i.id = :id".formatted(ITEM_COLUMNS))
                .param("id", id)
                .query((rs, n) -> item(rs))
                .optional();
    }

    void updateItem(long id, int minutes, Money price) {
        jdbc.sql("""
                        update eldercare.service_items set standard_minutes = :minutes, unit_price_fen = :fen,
                            illustrative = false where id = :id
                        """)
                .param("id", id)
                .param("minutes", minutes)
                .param("fen", price.fen())
                .update();
    }

    /** All four packages, level 1 first; a level without lines is an empty package. */
    List<ServicePackage> packages() {
        Map<Integer, List<PackageLine>> lines = new LinkedHashMap<>();
        for (int level = ServicePackage.LOWEST_LEVEL; level <= ServicePackage.HIGHEST_LEVEL; level++) {
            lines.put(level, new ArrayList<>());
        }
        jdbc.sql("""
                        select p.capability_level, p.visits_per_month, %s
                        from eldercare.service_packages p
                        join eldercare.service_items i on i.id = p.item_id
                        join eldercare.service_categories c on c.code = i.category_code
                        order by p.capability_level, c.sort_order, i.sort_order
                        """.formatted(ITEM_COLUMNS))
                .query((rs, n) -> lines.get(rs.getInt(1)).add(new PackageLine(item(rs), rs.getInt(2))))
                .list();
        return lines.entrySet().stream()
                .map(entry -> new ServicePackage(entry.getKey(), entry.getValue()))
                .toList();
    }

    void replacePackage(int level, Map<Long, Integer> visits) {
        jdbc.sql("delete from eldercare.service_packages where capability_level = :level")
                .param("level", level)
                .update();
        visits.forEach((itemId, count) -> jdbc.sql("""
                        insert into eldercare.service_packages (capability_level, item_id, visits_per_month)
                        values (:level, :item, :visits)
                        """)
                .param("level", level)
                .param("item", itemId)
                .param("visits", count)
                .update());
    }

    private static ServiceItem item(ResultSet rs) throws SQLException {
        return new ServiceItem(
                rs.getLong("id"),
                rs.getString("category_code"),
                rs.getString("name"),
                rs.getInt("standard_minutes"),
                Money.ofFen(rs.getLong("unit_price_fen")),
                rs.getBoolean("illustrative"));
    }
}
