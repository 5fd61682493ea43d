package org.minzheng.workbench.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.staff.login.StaffLogins;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.BackgroundJobs.JobState;
import org.minzheng.workbench.BackgroundJobs.JobStatus;
import org.minzheng.workbench.JobOutcome;
import org.minzheng.workbench.JobRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BackgroundJobsTests {

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    StaffLogins logins;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private JobState finished(long id) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> jobs.state(id).orElseThrow(), state -> state.status() != JobStatus.RUNNING);
    }

    @Test
    void jobRunsAsItsOwnerAndReportsItsOutcome() {
        logins.signIn("pengli");
        AtomicReference<String> runAs = new AtomicReference<>();
        long id = jobs.start("test.echo", "测试任务", progress -> {
            progress.total(3);
            progress.done(3);
            runAs.set(CurrentStaff.require().username());
            return new JobOutcome("完成 3 行", "/console/registry/households");
        });

        JobState state = finished(id);

        assertThat(state.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(state.summary()).isEqualTo("完成 3 行");
        assertThat(state.resultPath()).isEqualTo("/console/registry/households");
        assertThat(state.done()).isEqualTo(3);
        assertThat(runAs.get()).isEqualTo("pengli");
    }

    @Test
    void refusedJobTellsTheOwnerWhyAndAFaultStaysGeneric() {
        logins.signIn("pengli");
        long refused = jobs.start("test.refuse", "拒绝", progress -> {
            throw new JobRefusedException("第 2 行缺少身份证号");
        });
        long broken = jobs.start("test.fault", "故障", progress -> {
            throw new IllegalStateException("connection reset by peer at 10.0.0.7");
        });

        assertThat(finished(refused).summary()).isEqualTo("第 2 行缺少身份证号");
        JobState fault = finished(broken);
        assertThat(fault.status()).isEqualTo(JobStatus.FAILED);
        assertThat(fault.summary()).doesNotContain("10.0.0.7").contains("系统错误");
    }

    @Test
    void ownerSeesProgressWhileRunningAndANoticeWhenDone() throws Exception {
        logins.signIn("lize");
        CountDownLatch release = new CountDownLatch(1);
        long id = jobs.start("test.wait", "等待中的任务", progress -> {
            progress.total(10);
            progress.done(4);
            progress.stage("校验第 4 行");
            release.await(20, TimeUnit.SECONDS);
            return new JobOutcome("已完成", null);
        });
        SecurityContextHolder.clearContext();

        // a new stage is written at once, with the counts so far
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jobs.state(id).orElseThrow().done() == 4);
        mvc.perform(get("/console/jobs/{id}", id).header("HX-Request", "true").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("校验第 4 行")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 2s\"")));

        release.countDown();
        finished(id);
        mvc.perform(get("/console").with(logins.as("lize")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("条新结果")));
        mvc.perform(get("/console/jobs/{id}", id).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已完成")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-trigger"))));
        mvc.perform(get("/console/jobs").with(logins.as("lize")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("等待中的任务")));
    }

    @Test
    void nobodyElseSeesSomeonesJob() throws Exception {
        logins.signIn("pengli");
        long id = jobs.start("test.private", "彭李的私有任务", progress -> new JobOutcome("好了", null));
        SecurityContextHolder.clearContext();
        finished(id);

        mvc.perform(get("/console/jobs/{id}", id).with(logins.as("lize"))).andExpect(status().isNotFound());
        mvc.perform(get("/console/jobs").with(logins.as("lize")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("彭李的私有任务"))));
    }

    @Test
    void unattendedJobIsVisibleWithinItsRegionOnly() throws Exception {
        long id = jobs.startUnattended(
                "test.nightly", "里则夜间任务", "371602012000", progress -> new JobOutcome("夜间完成", null));
        finished(id);

        mvc.perform(get("/console/jobs/{id}", id).with(logins.as("lize"))).andExpect(status().isOk());
        mvc.perform(get("/console/jobs/{id}", id).with(logins.as("bincheng"))).andExpect(status().isOk());
        mvc.perform(get("/console/jobs/{id}", id).with(logins.as("pengli"))).andExpect(status().isNotFound());
    }
}
