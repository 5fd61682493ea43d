package org.minzheng.shared.security;

import org.minzheng.shared.RegionCode;

/**
 * What every module may know of the signed-in staff member: who, and which region subtree they serve.
 * The staff module's user details implement it, so modules below staff need not depend on staff.
 */
public interface StaffPrincipal {

    long accountId();

    String username();

    String displayName();

    RegionCode regionCode();

    /** Name of {@link #regionCode()}, for the page header. */
    String regionName();

    /** A temporary or expired password: until it is changed the console offers nothing else. */
    default boolean passwordChangeRequired() {
        return false;
    }

    default DataScope dataScope() {
        return new DataScope(regionCode());
    }
}
