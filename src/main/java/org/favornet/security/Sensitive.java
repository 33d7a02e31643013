package org.favornet.security;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a DTO field (record component) holding a personal identifier. Jackson masks it unless the
 * current {@link Viewer} may see clear data. Put it on every person id, phone and account number
 * that leaves the service.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = MaskingSerializer.class)
public @interface Sensitive {

    Kind value();

    /** What kind of identifier, which decides how it is masked. */
    enum Kind {
        /** A person id; masked (first 6, last 4 kept) only when it is an 18-character resident ID. */
        PERSON_ID,
        /** A phone number: last 4 kept. */
        PHONE,
        /** A bank or 一卡通 account number: last 4 kept. */
        ACCOUNT,
        /**
         * Text quoted from a source record (a rejected row, the reason it was rejected): identifiers
         * masked as in free text, dates cut to their year and 8-digit runs hidden, since the row's
         * {@code birth_date} or the reason ("which gives 1965-03-07") would rebuild its masked ID.
         */
        SOURCE_TEXT
    }
}
