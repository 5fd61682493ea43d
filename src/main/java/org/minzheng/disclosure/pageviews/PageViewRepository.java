package org.minzheng.disclosure.pageviews;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code disclosure.page_views}: one row per region, page and month, counted up in place. */
@Repository
class PageViewRepository {

    private final JdbcClient client;
    private final JdbcTemplate jdbc;

    PageViewRepository(JdbcClient client, JdbcTemplate jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    void add(Map<PageViews.Counted, Long> counts) {
        jdbc.batchUpdate(
                """
                insert into disclosure.page_views (region_code, page, month, views) values (?, ?, ?, ?)
                on conflict (region_code, page, month) do update set views = disclosure.page_views.views + excluded.views
                """,
                counts.entrySet().stream()
                        .map(entry -> new Object[] {
                            entry.getKey().region().value(),
                            entry.getKey().page().name(),
                            entry.getKey().month().atDay(1),
                            entry.getValue()
                        })
                        .toList());
    }

    /** Readings of every page of a region within the scope in a month. */
    long total(DataScope scope, YearMonth month) {
        return client.sql("""
                        select coalesce(sum(views), 0) from disclosure.page_views
                        where month = :month and region_code like :prefix || '%'
                        """)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .query(Long.class)
                .single();
    }

    /** The most read pages within the scope in a month, most read first. */
    Page<ReadPage> mostRead(DataScope scope, YearMonth month, Pageable pageable) {
        List<ReadPage> rows = client.sql("""
                        select region_code, page, views from disclosure.page_views
                        where month = :month and region_code like :prefix || '%'
                        order by views desc, region_code, page
                        limit :limit offset :offset
                        """)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) ->
                        new ReadPage(RegionCode.of(rs.getString(1)), PageKind.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        long count = client.sql("""
                        select count(*) from disclosure.page_views
                        where month = :month and region_code like :prefix || '%'
                        """)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, count);
    }

    record ReadPage(RegionCode region, PageKind page, long views) {}
}
