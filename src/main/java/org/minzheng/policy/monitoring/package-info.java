/**
 * 动态监测预警规则: monitoring rules over the registry and the data other departments report, kept as
 * versioned data like the policy catalogue, and the runs that turn what they find into warnings.
 */
package org.minzheng.policy.monitoring;
