package org.favornet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;

/** Anonymous health is a status only; probes for orchestrators; Prometheus only when asked for, and for ADMIN. */
@GraphTest
class HealthAndMetricsTest {

    @Autowired MockMvc mvc;

    @Test
    void anonymousCallersGetTheStatusOnly() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the probe names are listed; nothing about the database or the disk
        assertThat(body).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
        mvc.perform(get("/actuator/health").with(httpBasic("analyst", "analyst"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/neo4j")).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorSeesTheComponents() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.neo4j.status").value("UP"));
    }

    @Test
    void livenessAndReadinessProbesAnswerAnonymouslyWithAStatusOnly() throws Exception {
        for (String probe : new String[] {"liveness", "readiness"}) {
            String body = mvc.perform(get("/actuator/health/" + probe)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void thePrometheusEndpointIsOffByDefaultAndForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("analyst", "analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isNotFound());
    }

    @Test
    void favornetMetricsPrometheusSwitchesTheRegistryOn() {
        ApplicationContextRunner app = new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        PrometheusMetricsExportAutoConfiguration.class));
        app.run(off -> assertThat(off).doesNotHaveBean(PrometheusMeterRegistry.class));
        app.withPropertyValues("favornet.metrics.prometheus=true")
                .run(on -> assertThat(on).hasSingleBean(PrometheusMeterRegistry.class));
    }
}
