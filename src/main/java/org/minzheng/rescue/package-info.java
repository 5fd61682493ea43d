/**
 * 救助管理: rescue of vagrants and beggars across one city network ("141"): the city central station and the county
 * stations, their staff and beds, the township and village grid workers who find people in the street, shared
 * training; and the cases of the people the stations take in, with identity, health, belongings, the stay limit and
 * its extensions, medical referral and release. Family search, escort home and follow-up build on these.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "attachment", "region", "workbench", "workbench :: spi"})
package org.minzheng.rescue;
