package com.splitbench.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The assets the installers package (resources/ and installer/) agree with each other: every file type is declared
 * alike on all three systems, every licence text the notices name exists, and the icons are well formed.
 */
class PackagingResourcesTest {

    private static final Path RESOURCES = Path.of("resources");
    private static final Path INSTALLER = Path.of("installer");
    private static final List<String> FILE_TYPES = List.of("splitreport", "workspace");

    @Test
    void everyLicenceTextTheNoticesNameExists() throws IOException {
        Path licenses = RESOURCES.resolve("licenses");
        String notices = Files.readString(licenses.resolve("THIRD-PARTY-NOTICES.txt"));
        Matcher names = Pattern.compile("[A-Za-z0-9.*-]+\\.txt").matcher(notices);
        List<String> named = new ArrayList<>();
        while (names.find()) {
            named.add(names.group());
        }
        assertThat(named).contains("GPL-2.0-with-Classpath-Exception.txt", "LGPL-2.1.txt", "MPL-2.0.txt",
                "Apache-2.0.txt", "AtlantaFX-MIT-LICENSE.txt", "PostgreSQL-JDBC-LICENSE.txt");
        for (String name : named) {
            String glob = "glob:" + name;
            try (var files = Files.list(licenses.resolve("third-party"))) {
                assertThat(files.map(Path::getFileName).anyMatch(f -> f.getFileSystem()
                        .getPathMatcher(glob).matches(f))).as(name).isTrue();
            }
        }
        assertThat(Files.readString(licenses.resolve("LICENSE.txt"))).contains("Apache License", "Version 2.0");
    }

    @Test
    void everyInstallerAssociatesTheSameExtensionsAndMimeTypes() throws IOException {
        for (String type : FILE_TYPES) {
            Properties linux = properties(INSTALLER.resolve("linux").resolve(type + ".properties"));
            for (String os : List.of("windows", "macos")) {
                Properties other = properties(INSTALLER.resolve(os).resolve(type + ".properties"));
                assertThat(other.getProperty("extension")).as(os).isEqualTo(linux.getProperty("extension"));
                assertThat(other.getProperty("mime-type")).as(os).isEqualTo(linux.getProperty("mime-type"));
                assertThat(Path.of(other.getProperty("icon"))).as(os).exists();
            }
            assertThat(Path.of(linux.getProperty("icon"))).exists();
        }
    }

    @Test
    void desktopEntryAndMimeDefinitionsDeclareTheAssociatedTypes() throws IOException {
        String desktop = Files.readString(RESOURCES.resolve("linux").resolve("splitbench.desktop"));
        String mime = Files.readString(RESOURCES.resolve("linux").resolve("splitbench-mime.xml"));
        for (String type : FILE_TYPES) {
            Properties association = properties(INSTALLER.resolve("linux").resolve(type + ".properties"));
            String mimeType = association.getProperty("mime-type");
            assertThat(desktop).containsPattern("(?m)^MimeType=.*" + Pattern.quote(mimeType) + ";");
            assertThat(mime).contains("type=\"" + mimeType + "\"")
                    .contains("pattern=\"*." + association.getProperty("extension") + "\"");
        }
        assertThat(desktop).containsPattern("(?m)^Exec=/opt/splitbench/bin/splitbench %f$");
        assertThat(mime).contains("pattern=\"workspace.sbw\"");
    }

    @Test
    void pngIconsHaveTheSizeTheirNameSays() throws IOException {
        for (String icon : List.of("splitbench", "splitreport", "workspace")) {
            for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
                Path png = RESOURCES.resolve("icons/png/" + icon + "-" + size + ".png");
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
                assertThat(image.getColorModel().hasAlpha()).isTrue();
            }
            assertThat(Files.readString(RESOURCES.resolve("icons/" + icon + ".svg"))).startsWith("<svg ");
        }
    }

    @Test
    void icoAndIcnsContainersAreWellFormed() throws IOException {
        for (String icon : List.of("splitbench", "splitreport", "workspace")) {
            ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(RESOURCES.resolve("icons/" + icon + ".ico")))
                    .order(ByteOrder.LITTLE_ENDIAN);
            assertThat(ico.getShort(0)).isZero();
            assertThat(ico.getShort(2)).isEqualTo((short) 1);
            int images = ico.getShort(4);
            assertThat(images).isEqualTo(6);
            for (int i = 0; i < images; i++) {
                int length = ico.getInt(6 + 16 * i + 8);
                int offset = ico.getInt(6 + 16 * i + 12);
                assertThat(offset + length).isLessThanOrEqualTo(ico.capacity());
                assertThat(ico.get(offset + 1)).as("PNG signature").isEqualTo((byte) 'P');
            }
            byte[] icns = Files.readAllBytes(RESOURCES.resolve("icons/" + icon + ".icns"));
            ByteBuffer header = ByteBuffer.wrap(icns);
            assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
            assertThat(header.getInt(4)).isEqualTo(icns.length);
            int entries = 0;
            for (int at = 8; at < icns.length; at += header.getInt(at + 4)) {
                entries++;
            }
            assertThat(entries).isEqualTo(11);
        }
    }

    @Test
    void theAppIconIsOnTheClassPathForTheWindow() throws IOException {
        try (InputStream icon = getClass().getResourceAsStream("/com/splitbench/icons/splitbench-64.png")) {
            assertThat(icon).isNotNull();
            assertThat(ImageIO.read(icon).getWidth()).isEqualTo(64);
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
