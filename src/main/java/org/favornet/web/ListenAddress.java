package org.favornet.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says loudly where the API listens and how to bind elsewhere (loopback is the default). */
@Component
class ListenAddress {

    private static final Logger log = LoggerFactory.getLogger(ListenAddress.class);
    private final Environment env;

    ListenAddress(Environment env) {
        this.env = env;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        String address = env.getProperty("server.address", "0.0.0.0");
        boolean tls = env.getProperty("server.ssl.enabled", Boolean.class, false)
                && env.getProperty("server.ssl.key-store") != null;
        int port = event.getWebServer().getPort();
        if (address.equals("127.0.0.1") || address.equals("::1") || address.equals("localhost")) {
            log.warn("*** favornet listens on {}:{} only (this machine). To serve others set FAVORNET_LISTEN "
                    + "(or SERVER_ADDRESS) to an interface address, behind TLS: see docs/security.md ***", address, port);
        } else {
            log.warn("*** favornet listens on {}:{} {} ***", address, port, tls ? "with TLS"
                    : "in PLAIN HTTP: passwords and personal data cross the network readable; configure server.ssl.* "
                    + "or a TLS reverse proxy (docs/security.md)");
        }
    }
}
