package org.minzheng.staff.role;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoleRepository {

    private static final String SELECT = """
            select r.code, r.name_zh, r.name_en, r.description, r.builtin, r.requires_second_factor,
                   array(select p.permission from staff.role_permissions p where p.role_code = r.code order by p.permission) as permissions,
                   (select count(*) from staff.account_roles ar where ar.role_code = r.code) as account_count
            from staff.roles r
            """;

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a set of roles grants, read in one query at sign-in. */
    public List<RoleGrant> grantsOf(Collection<String> roleCodes) {
        if (roleCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.code, r.requires_second_factor,
                       array(select p.permission from staff.role_permissions p where p.role_code = r.code) as permissions
                from staff.roles r where r.code in (:codes)
                """)
                .param("codes", roleCodes)
                .query((rs, n) -> new RoleGrant(
                        rs.getString("code"),
                        rs.getBoolean("requires_second_factor"),
                        strings(rs.getArray("permissions"))))
                .list();
    }

    public List<Role> findAll() {
        return jdbc.sql(SELECT + " order by r.builtin desc, r.code")
                .query(RoleRepository::map)
                .list();
    }

    public Optional<Role> find(String code) {
        return jdbc.sql(SELECT + " where r.code = :code")
                .param("code", code)
                .query(RoleRepository::map)
                .optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from staff.roles where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    public void insert(Role role) {
        jdbc.sql("""
                insert into staff.roles (code, name_zh, name_en, description, builtin, requires_second_factor)
                values (:code, :nameZh, :nameEn, :description, false, :secondFactor)
                """)
                .param("code", role.code())
                .param("nameZh", role.nameZh())
                .param("nameEn", role.nameEn())
                .param("description", role.description())
                .param("secondFactor", role.requiresSecondFactor())
                .update();
        replacePermissions(role.code(), role.permissions());
    }

    public void update(Role role) {
        jdbc.sql("""
                update staff.roles set name_zh = :nameZh, name_en = :nameEn, description = :description,
                    requires_second_factor = :secondFactor, version = version + 1
                where code = :code
                """)
                .param("code", role.code())
                .param("nameZh", role.nameZh())
                .param("nameEn", role.nameEn())
                .param("description", role.description())
                .param("secondFactor", role.requiresSecondFactor())
                .update();
        replacePermissions(role.code(), role.permissions());
    }

    public void delete(String code) {
        jdbc.sql("delete from staff.roles where code = :code and not builtin")
                .param("code", code)
                .update();
    }

    private void replacePermissions(String code, Set<String> permissions) {
        jdbc.sql("delete from staff.role_permissions where role_code = :code")
                .param("code", code)
                .update();
        if (!permissions.isEmpty()) {
            // Permissions match ^[a-z-]+:[a-z-]+:[a-z-]+$ (checked by the table), so a comma list is unambiguous.
            jdbc.sql(
                            "insert into staff.role_permissions (role_code, permission) select :code, unnest(string_to_array(:permissions, ','))")
                    .param("code", code)
                    .param("permissions", String.join(",", permissions))
                    .update();
        }
    }

    private static Role map(ResultSet rs, int rowNum) throws SQLException {
        return new Role(
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getBoolean("builtin"),
                rs.getBoolean("requires_second_factor"),
                Set.copyOf(strings(rs.getArray("permissions"))),
                rs.getLong("account_count"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** What one role grants. */
    public record RoleGrant(String roleCode, boolean requiresSecondFactor, List<String> permissions) {}
}
