package dev.productops.jira.packaging;

import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Every type declared in src/host-api/java, and every public member it declares, is listed in docs/host-api.md with
 * where it was checked against Jira's real API; nothing is listed that is not declared. A member added only to please
 * the stand-in therefore has to be written down next to its source, or it fails here.
 */
public class HostApiDeclarationsTest {
    private static final Path SOURCES = Path.of("src/host-api/java");
    private static final Path DOC = Path.of("docs/host-api.md");
    /** A row of the declared-members table: | `FQCN` | kind | `member`, `member` | where checked |. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z][\\w.]*\\.[A-Z]\\w*)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern MEMBER = Pattern.compile("`([^`]+)`");

    private static Map<String, Row> documented;

    private record Row(String kind, List<String> members, String checkedAgainst) {
    }

    @BeforeClass
    public static void readTheDocTable() throws IOException {
        documented = new TreeMap<>();
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("## Declared members");
        assertTrue("docs/host-api.md has a '## Declared members' section", start >= 0);
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                List<String> members = new ArrayList<>();
                Matcher member = MEMBER.matcher(row.group(3));
                while (member.find()) {
                    members.add(member.group(1));
                }
                Row previous = documented.put(row.group(1), new Row(row.group(2).trim(), members, row.group(4).trim()));
                assertEquals("listed twice: " + row.group(1), null, previous);
            }
        }
        assertFalse("the declared-members table has rows", documented.isEmpty());
    }

    @Test
    public void everyDeclaredTypeIsListedWithItsKindAndWhereItWasChecked() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : declaredTypes()) {
            Row row = documented.get(type.getName());
            if (row == null) {
                missing.add("| `" + type.getName() + "` | " + kind(type) + " | " + String.join(", ",
                        members(type).stream().map(m -> "`" + m + "`").toList()) + " | ? |");
                continue;
            }
            assertEquals("kind of " + type.getName(), kind(type), row.kind());
            assertFalse("where " + type.getName() + " was checked", row.checkedAgainst().isBlank());
        }
        assertTrue("types declared in src/host-api/java but not in docs/host-api.md:\n" + String.join("\n", missing),
                missing.isEmpty());
    }

    @Test
    public void theListedMembersAreExactlyThePublicMembersDeclared() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : declaredTypes()) {
            Row row = documented.get(type.getName());
            if (row != null && !new TreeSet<>(row.members()).equals(members(type))) {
                wrong.add(type.getName() + "\n  declared: " + members(type) + "\n  listed:   " + new TreeSet<>(row.members()));
            }
        }
        assertTrue("docs/host-api.md lists other members than src/host-api/java declares:\n" + String.join("\n", wrong),
                wrong.isEmpty());
    }

    @Test
    public void nothingIsListedThatIsNotDeclared() throws Exception {
        List<String> declared = declaredTypes().stream().map(Class::getName).toList();
        for (String listed : documented.keySet()) {
            if (!declared.contains(listed)) {
                fail(listed + " is listed in docs/host-api.md but not declared in src/host-api/java");
            }
        }
    }

    private static List<Class<?>> declaredTypes() throws IOException, ClassNotFoundException {
        List<String> names;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            names = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> SOURCES.relativize(f).toString().replace(".java", "").replace(f.getFileSystem().getSeparator(), "."))
                    .sorted().toList();
        }
        assertFalse("host-api sources found under " + SOURCES.toAbsolutePath(), names.isEmpty());
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            types.add(Class.forName(name, false, HostApiDeclarationsTest.class.getClassLoader()));
        }
        return types;
    }

    private static String kind(Class<?> type) {
        if (type.isAnnotation()) {
            return "annotation";
        }
        if (type.isInterface()) {
            return "interface";
        }
        if (type.isEnum()) {
            return "enum";
        }
        return Modifier.isFinal(type.getModifiers()) ? "final class" : "class";
    }

    /** Public members as `name(Param,…)→Return` (erased, simple names), `new(Param,…)` and `FIELD`. */
    static TreeSet<String> members(Class<?> type) {
        TreeSet<String> members = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                    || type.isEnum() && (method.getName().equals("values") || method.getName().equals("valueOf"))) {
                continue;
            }
            String returns = method.getReturnType() == void.class ? "" : "→" + method.getReturnType().getSimpleName();
            members.add(method.getName() + parameters(method) + returns);
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers())) {
                members.add("new" + parameters(constructor));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                members.add(field.getName());
            }
        }
        return members;
    }

    private static String parameters(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }
}
