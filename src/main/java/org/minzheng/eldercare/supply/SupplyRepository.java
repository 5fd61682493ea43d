package org.minzheng.eldercare.supply;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products, orders and rentals. An order or rental lies within a scope when its elder's village does. */
@Repository
class SupplyRepository {

    private static final String PRODUCT_WHERE = """
            where (cast(:name as text) is null or p.name like :name escape '\\')
              and (cast(:kind as text) is null or p.kind = :kind)
            """;

    /** Orders and rentals are found by part of the elder's or the product's name. */
    private static final String NAME_FILTER =
            " and (cast(:name as text) is null or e.name like :name escape '\\' or p.name like :name escape '\\')";

    private static final String ORDER_FROM = """
            from eldercare.supply_orders o
            join eldercare.elders e on e.id = o.elder_id
            join eldercare.supply_products p on p.id = o.product_id
            where e.region_code like :prefix || '%'
              and (cast(:status as text) is null or o.status = :status)
            """ + NAME_FILTER;

    private static final String RENTAL_FROM = """
            from eldercare.supply_rentals r
            join eldercare.elders e on e.id = r.elder_id
            join eldercare.supply_products p on p.id = r.product_id
            where e.region_code like :prefix || '%'
              and (:filter = ''
                   or (:filter = 'ON_LOAN' and r.returned_on is null)
                   or (:filter = 'OVERDUE' and r.returned_on is null and r.due_on < current_date)
                   or (:filter = 'RETURNED' and r.returned_on is not null))
            """ + NAME_FILTER;

    private final JdbcClient jdbc;

    SupplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Product> products() {
        return jdbc.sql("select * from eldercare.supply_products order by kind, name, id")
                .query((rs, n) -> product(rs))
                .list();
    }

    Page<Product> products(ProductSearch search, Pageable page) {
        long total = bind(jdbc.sql("select count(*) from eldercare.supply_products p " + PRODUCT_WHERE), search)
                .query(Long.class)
                .single();
        return new PageImpl<>(products(search, page.getPageSize(), page.getOffset()), page, total);
    }

    List<Product> products(ProductSearch search, int limit, long offset) {
        return bind(
                        jdbc.sql("select * from eldercare.supply_products p " + PRODUCT_WHERE
                                + " order by kind, name, id limit :limit offset :offset"),
                        search)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> product(rs))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ProductSearch search) {
        return sql.param("name", like(search.q()), Types.VARCHAR)
                .param("kind", search.kind().isEmpty() ? null : search.kind(), Types.VARCHAR);
    }

    Optional<Product> product(long id) {
        return jdbc.sql("select * from eldercare.supply_products where id = :id")
                .param("id", id)
                .query((rs, n) -> product(rs))
                .optional();
    }

    private static Product product(ResultSet rs) throws SQLException {
        return new Product(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("unit"),
                rs.getLong("price_fen"),
                rs.getLong("deposit_fen"),
                rs.getInt("stock"),
                rs.getBoolean("illustrative"));
    }

    /** Takes {@code quantity} out of stock unless fewer are left; false when refused. */
    boolean takeFromStock(long productId, int quantity) {
        return jdbc.sql("update eldercare.supply_products set stock = stock - :q where id = :id and stock >= :q")
                        .param("id", productId)
                        .param("q", quantity)
                        .update()
                == 1;
    }

    void putBackInStock(long productId, int quantity) {
        jdbc.sql("update eldercare.supply_products set stock = stock + :q where id = :id")
                .param("id", productId)
                .param("q", quantity)
                .update();
    }

    Optional<Elder> elder(long id, DataScope scope) {
        return jdbc.sql("""
                        select id, name, region_code from eldercare.elders
                        where id = :id and region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) ->
                        new Elder(rs.getLong("id"), rs.getString("name"), RegionCode.of(rs.getString("region_code"))))
                .optional();
    }

    List<Choice> elderChoices(DataScope scope) {
        return jdbc.sql("""
                        select e.id, e.name || ' ' || e.masked_id_number as label from eldercare.elders e
                        where e.region_code like :prefix || '%'
                        order by e.name, e.id limit 500
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("label")))
                .list();
    }

    long insertOrder(long elderId, long productId, int quantity, LocalDate on, String staff) {
        return jdbc.sql("""
                        insert into eldercare.supply_orders (elder_id, product_id, quantity, status, ordered_on, ordered_by)
                        values (:elder, :product, :quantity, 'ORDERED', :on, :staff) returning id
                        """)
                .param("elder", elderId)
                .param("product", productId)
                .param("quantity", quantity)
                .param("on", on)
                .param("staff", staff)
                .query(Long.class)
                .single();
    }

    Page<SupplyOrder> orders(OrderSearch search, DataScope scope, Pageable page) {
        long total = bind(jdbc.sql("select count(*) " + ORDER_FROM), search, scope)
                .query(Long.class)
                .single();
        return new PageImpl<>(orders(search, scope, page.getPageSize(), page.getOffset()), page, total);
    }

    List<SupplyOrder> orders(OrderSearch search, DataScope scope, int limit, long offset) {
        return bind(
                        jdbc.sql("""
                                select o.id, e.name as elder_name, e.region_code, p.name as product_name, o.quantity,
                                       o.status, o.ordered_on, o.delivered_on
                                """ + ORDER_FROM
                                + " order by o.status desc, o.ordered_on desc, o.id desc limit :limit offset :offset"),
                        search,
                        scope)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new SupplyOrder(
                        rs.getLong("id"),
                        rs.getString("elder_name"),
                        rs.getString("region_code"),
                        rs.getString("product_name"),
                        rs.getInt("quantity"),
                        rs.getString("status"),
                        localDate(rs.getDate("ordered_on")),
                        localDate(rs.getDate("delivered_on"))))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, OrderSearch search, DataScope scope) {
        return sql.param("prefix", scope.prefix())
                .param("name", like(search.q()), Types.VARCHAR)
                .param("status", search.status().isEmpty() ? null : search.status(), Types.VARCHAR);
    }

    /** The order's status and region when the order lies within the scope. */
    Optional<Target> order(long id, DataScope scope) {
        return target("eldercare.supply_orders", id, scope);
    }

    Optional<Target> rental(long id, DataScope scope) {
        return target("eldercare.supply_rentals", id, scope);
    }

    private Optional<Target> target(String table, long id, DataScope scope) {
        return jdbc.sql("select t.id, t.product_id, t.status, e.region_code from " + table + " t"
                        + " join eldercare.elders e on e.id = t.elder_id"
                        + " where t.id = :id and e.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Target(
                        rs.getLong("id"),
                        rs.getLong("product_id"),
                        rs.getString("status"),
                        RegionCode.of(rs.getString("region_code"))))
                .optional();
    }

    void delivered(long orderId, LocalDate on, String staff) {
        jdbc.sql("""
                        update eldercare.supply_orders set status = 'DELIVERED', delivered_on = :on, delivered_by = :staff
                        where id = :id
                        """).param("id", orderId).param("on", on).param("staff", staff).update();
    }

    long insertRental(long elderId, long productId, LocalDate from, LocalDate due, String staff) {
        return jdbc.sql("""
                        insert into eldercare.supply_rentals (elder_id, product_id, from_on, due_on, status, lent_by)
                        values (:elder, :product, :from, :due, 'ON_LOAN', :staff) returning id
                        """)
                .param("elder", elderId)
                .param("product", productId)
                .param("from", from)
                .param("due", due)
                .param("staff", staff)
                .query(Long.class)
                .single();
    }

    Page<Rental> rentals(RentalSearch search, DataScope scope, Pageable page) {
        long total = bind(jdbc.sql("select count(*) " + RENTAL_FROM), search, scope)
                .query(Long.class)
                .single();
        return new PageImpl<>(rentals(search, scope, page.getPageSize(), page.getOffset()), page, total);
    }

    List<Rental> rentals(RentalSearch search, DataScope scope, int limit, long offset) {
        return bind(
                        jdbc.sql("""
                                select r.id, e.name as elder_name, e.region_code, p.name as product_name, r.from_on,
                                       r.due_on, r.returned_on,
                                       (r.returned_on is null and r.due_on < current_date) as overdue
                                """ + RENTAL_FROM
                                + " order by r.returned_on desc nulls first, r.due_on, r.id desc"
                                + " limit :limit offset :offset"),
                        search,
                        scope)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Rental(
                        rs.getLong("id"),
                        rs.getString("elder_name"),
                        rs.getString("region_code"),
                        rs.getString("product_name"),
                        localDate(rs.getDate("from_on")),
                        localDate(rs.getDate("due_on")),
                        localDate(rs.getDate("returned_on")),
                        rs.getBoolean("overdue")))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, RentalSearch search, DataScope scope) {
        return sql.param("prefix", scope.prefix())
                .param("name", like(search.q()), Types.VARCHAR)
                .param("filter", search.filter());
    }

    private static String like(String text) {
        return text.isEmpty() ? null : "%" + Like.escape(text) + "%";
    }

    void returned(long rentalId, LocalDate on, String staff) {
        jdbc.sql("""
                        update eldercare.supply_rentals set status = 'RETURNED', returned_on = :on, returned_by = :staff
                        where id = :id
                        """)
                .param("id", rentalId)
                .param("on", on)
                .param("staff", staff)
                .update();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    record Elder(long id, String name, RegionCode region) {}

    /** An order or rental about to change: its product, its status and the elder's village. */
    record Target(long id, long productId, String status, RegionCode region) {}
}
