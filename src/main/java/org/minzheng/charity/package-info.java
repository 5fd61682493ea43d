/**
 * 慈善: government assistance linked with charity. The needs list (急难愁盼清单) shows, township by township,
 * the hardships that remain after government assistance; later increments add the charity projects that take
 * them up, donations, the service providers, evaluations and public disclosure.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "region", "registry", "workbench", "workbench :: spi"})
package org.minzheng.charity;
