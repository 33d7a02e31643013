package org.favornet.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * No clear ID number in any application log line: once Spring Boot has set up logging, every
 * appender's encoder is wrapped so the finished line (message, arguments, exception text, URLs
 * Spring logs at debug level) passes through {@link DigitRunMasker}. Wrapping the encoder rather
 * than replacing the configuration keeps whatever logging the operator configured. Registered in
 * {@code META-INF/spring.factories} because it must run before the application context exists.
 */
public final class LogMasking implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        install();
    }

    /** Right after {@link LoggingApplicationListener} has configured the appenders. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Wraps every encoder of every appender; idempotent. */
    public static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (Logger logger : context.getLoggerList()) {
            wrap(logger);
        }
    }

    private static void wrap(AppenderAttachable<ILoggingEvent> attachable) {
        for (Iterator<Appender<ILoggingEvent>> it = attachable.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof OutputStreamAppender<ILoggingEvent> out && out.getEncoder() != null
                    && !(out.getEncoder() instanceof MaskingEncoder)) {
                MaskingEncoder masking = new MaskingEncoder(out.getEncoder());
                masking.setContext(out.getContext());
                masking.start();
                out.setEncoder(masking);
            } else if (appender instanceof AppenderAttachable<?> nested) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> typed = (AppenderAttachable<ILoggingEvent>) nested;
                wrap(typed);
            }
        }
    }

    /** Encodes with the original encoder, then masks the bytes. */
    static final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

        private final Encoder<ILoggingEvent> delegate;

        MaskingEncoder(Encoder<ILoggingEvent> delegate) {
            this.delegate = delegate;
        }

        @Override
        public byte[] headerBytes() {
            return delegate.headerBytes();
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            return mask(delegate.encode(event));
        }

        @Override
        public byte[] footerBytes() {
            return delegate.footerBytes();
        }

        static byte[] mask(byte[] line) {
            if (line == null || !hasLongDigitRun(line)) {
                return line;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(line.length);
            try (MaskingOutputStream masking = new MaskingOutputStream(out)) {
                masking.write(line, 0, line.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private static boolean hasLongDigitRun(byte[] line) {
        int run = 0;
        for (byte b : line) {
            run = b >= '0' && b <= '9' ? run + 1 : 0;
            if (run >= 17) {
                return true;
            }
        }
        return false;
    }
}
