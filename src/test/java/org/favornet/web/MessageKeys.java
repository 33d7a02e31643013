package org.favornet.web;

import java.util.Set;
import java.util.TreeSet;

/** Message keys the code builds from enum constants or codes rather than naming them as literals. */
final class MessageKeys {

    private MessageKeys() {}

    static Set<String> fromEnums() {
        Set<String> keys = new TreeSet<>();
        return keys;
    }
}
