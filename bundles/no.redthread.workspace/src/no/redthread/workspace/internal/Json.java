package no.redthread.workspace.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON layout of every workspace file, so that two saves of the same model are byte-identical. */
final class Json {

    static final JsonFactory FACTORY = new JsonFactory();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Json() {
    }

    /**
     * Two-space indent, LF line ends on every platform, {@code "name": value}, and every array
     * element on its own line: one changed value is one changed line in a diff.
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    static JsonGenerator generator(ByteArrayOutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.setPrettyPrinter(prettyPrinter());
        return generator;
    }

    /** A small document (manifest, pointer) in the common layout, with a trailing newline. */
    static byte[] bytes(JsonNode node) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = generator(out)) {
            MAPPER.writeTree(generator, node);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
