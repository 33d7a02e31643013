package org.favornet.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start: creates {@code admin} with the configured password, or a generated one printed
 * once. With demo users on, creates one user per role over the demo county (README says so).
 */
@Component
@Order(0)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    /** Demo logins: user name = password; only created when demo users are on. */
    static final List<String> DEMO_USERS = List.of("officer", "investigator", "analyst", "auditor");

    private final UserDirectory users;
    private final PasswordEncoder encoder;
    private final SecurityProperties props;

    UserBootstrap(UserDirectory users, PasswordEncoder encoder, SecurityProperties props) {
        this.users = users;
        this.encoder = encoder;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.find("admin").isEmpty()) {
            String password = props.adminPassword();
            boolean generated = password == null || password.isBlank();
            if (generated) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            }
            users.save("admin", encoder.encode(password), EnumSet.of(Role.ADMIN), List.of(""), false, true);
            if (generated) {
                // Printed once, to the console only; it is never stored in clear.
                System.out.println("\n*** favornet: created user 'admin' with generated password: " + password
                        + "  (shown once; set FAVORNET_ADMIN_PASSWORD to choose it) ***\n");
            } else {
                log.info("Created user 'admin' with the configured password");
            }
        }
        if (props.demoUsers()) {
            // Only the auditor sees identifiers in clear (README); a data officer loads files, he
            // does not need to read them.
            demo("officer", EnumSet.of(Role.DATA_OFFICER), false);
            demo("investigator", EnumSet.of(Role.INVESTIGATOR), false);
            demo("analyst", EnumSet.of(Role.ANALYST), false);
            demo("auditor", EnumSet.of(Role.INVESTIGATOR, Role.ANALYST), true);
        }
    }

    private void demo(String name, Set<Role> roles, boolean clear) {
        Optional<AppUser> existing = users.find(name);
        if (existing.isEmpty()) {
            users.save(name, encoder.encode(name), roles, List.of(""), clear, true);
            log.warn("DEMO user '{}' created with password '{}': for the demo county only", name, name);
        } else if (existing.get().clearData() && !clear && encoder.matches(name, existing.get().passwordHash())) {
            // Stores made by earlier versions gave the demo officer clear data; a demo user still on
            // his demo password is still the demo user, so he gets the documented permission back.
            AppUser u = existing.get();
            users.save(name, null, u.roles(), u.regions(), false, u.enabled());
            log.warn("DEMO user '{}' no longer sees identifiers in clear (only 'auditor' does)", name);
        }
    }
}
