/**
 * 政策: the catalogue of assistance policies of all departments (社会救助政策汇编), their eligibility
 * rules in CEL over a documented attribute schema, the local standards those rules read, and the
 * self-check that tells a family which policies it likely qualifies for.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "region", "registry", "workbench", "workbench :: spi"})
package org.minzheng.policy;
