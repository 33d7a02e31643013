package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo users have the permissions the README gives them: only {@code auditor} sees data in clear. */
@GraphTest
class DemoUsersTest {

    @Autowired UserDirectory users;
    @Autowired UserBootstrap bootstrap;
    @Autowired PasswordEncoder encoder;

    @Test
    void onlyTheAuditorAmongTheDemoUsersSeesIdentifiersInClear() {
        bootstrap.run(null);
        for (String name : UserBootstrap.DEMO_USERS) {
            assertThat(users.find(name).orElseThrow().clearData()).as(name).isEqualTo(name.equals("auditor"));
        }
    }

    @Test
    void aDemoOfficerLeftWithClearDataByAnEarlierStartLosesItButAChangedPasswordIsLeftAlone() {
        users.save("officer", encoder.encode("officer"), EnumSet.of(Role.DATA_OFFICER), List.of(""), true, true);
        bootstrap.run(null);
        assertThat(users.find("officer").orElseThrow().clearData()).isFalse();

        // An administrator who gave him a real password decided his permissions himself.
        users.save("officer", encoder.encode("a real password now"), EnumSet.of(Role.DATA_OFFICER), List.of(""),
                true, true);
        try {
            bootstrap.run(null);
            assertThat(users.find("officer").orElseThrow().clearData()).isTrue();
        } finally {
            users.save("officer", encoder.encode("officer"), EnumSet.of(Role.DATA_OFFICER), List.of(""), false, true);
        }
    }
}
