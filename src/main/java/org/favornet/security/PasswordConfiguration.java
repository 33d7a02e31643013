package org.favornet.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (bcrypt by default), for the web service and the command line alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets stored hashes move to a stronger scheme later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
