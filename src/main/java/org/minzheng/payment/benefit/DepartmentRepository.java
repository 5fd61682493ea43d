package org.minzheng.payment.benefit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private static final String COLUMNS =
            "code, name_zh, name_en, hotline, active, api_key_hash is not null as api_open from payment.departments";

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> all() {
        return jdbc.sql("select " + COLUMNS + " order by sort_order, code")
                .query(Department.class)
                .list();
    }

    Optional<Department> find(String code) {
        return jdbc.sql("select " + COLUMNS + " where code = :code")
                .param("code", code)
                .query(Department.class)
                .optional();
    }

    /** The stored hash of an active department's key; empty when unknown, inactive or without a key. */
    Optional<String> keyHash(String code) {
        return jdbc.sql("select api_key_hash from payment.departments where code = :code and active")
                .param("code", code)
                .query(String.class)
                .optional()
                .filter(hash -> hash != null);
    }

    void setKeyHash(String code, String hash) {
        jdbc.sql("update payment.departments set api_key_hash = :hash where code = :code")
                .param("hash", hash)
                .param("code", code)
                .update();
    }

    /** Sets the key only where none was issued, so that a key changed by an administrator stays. */
    boolean setKeyHashIfNone(String code, String hash) {
        return jdbc.sql(
                                "update payment.departments set api_key_hash = :hash where code = :code and api_key_hash is null")
                        .param("hash", hash)
                        .param("code", code)
                        .update()
                > 0;
    }
}
