package org.favornet.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for one command: the same wiring as the service (embedded store with the
 * credentials kept in its data directory, or {@code FAVORNET_NEO4J_URI}), but no web server, no
 * demo data set and no demo users, Bolt on a free loopback port (a running service keeps 7687),
 * and warnings only unless {@code --verbose}. The settings are passed as command-line properties,
 * so they win over the environment and {@code application.properties}.
 */
final class SpringServices implements Services {

    /** The profile that tells components they serve a command: no start-up warm-ups, no demo data. */
    static final String PROFILE = "cli";

    private final ConfigurableApplicationContext context;

    private SpringServices(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Services.Starter starter(Class<?> application) {
        return options -> start(application, options);
    }

    static Services start(Class<?> application, ServiceOptions options) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(PROFILE);
        app.setLogStartupInfo(false);
        return new SpringServices(app.run(properties(options).toArray(String[]::new)));
    }

    static List<String> properties(ServiceOptions options) {
        List<String> p = new ArrayList<>(List.of("--favornet.demo=false", "--favornet.security.demo-users=false",
                "--favornet.bolt-port=0"));
        if (options.dataDir() != null) {
            p.add("--favornet.data-dir=" + options.dataDir().toAbsolutePath());
        }
        if (!options.verbose()) {
            p.add("--logging.level.root=WARN");
        }
        return p;
    }

    @Override
    public <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
