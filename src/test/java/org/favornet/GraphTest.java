package org.favornet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the real application on the real embedded Neo4j (one per test JVM). Tests that
 * need an empty graph call {@link TestGraph#clear()} first. The application also listens on a real
 * random HTTP port ({@code @LocalServerPort}), so streaming and container behaviour can be tested
 * over HTTP in the same context (one context, one embedded store, not two).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface GraphTest {}
