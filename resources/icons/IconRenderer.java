import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the Splitbench icons from one geometry and writes them as SVG, PNG (16 to 1024 px), ICO and ICNS.
 * Run from the repository root, with no build needed:
 *
 * <pre>java resources/icons/IconRenderer.java resources/icons</pre>
 *
 * Three icons: {@code splitbench} (the app: two variant bars with confidence whiskers), {@code splitreport}
 * (a report document) and {@code workspace} (a workspace folder). All coordinates are on a 512 x 512 canvas.
 */
public final class IconRenderer {

    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final Color INDIGO = new Color(0x3B2F8F);
    private static final Color TEAL = new Color(0x1C8C8C);
    private static final Color AMBER = new Color(0xFFC857);
    private static final Color WHITE = Color.WHITE;
    private static final Color SOFT_WHITE = new Color(255, 255, 255, 150);
    private static final Color PAPER = new Color(0xF4F5FA);
    private static final Color FOLD = new Color(0xC9CCE0);
    private static final Color OUTLINE = new Color(0x8E94B8);

    /** One icon: its background and the mark drawn on it. */
    enum Kind { APP, REPORT, WORKSPACE }

    /** A drawable element with its SVG twin, so that the raster and the vector icon can never drift apart. */
    record Element(Shape shape, Color fill, String svg) { }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Files.createDirectories(out.resolve("png"));
        for (Kind kind : Kind.values()) {
            String name = switch (kind) {
                case APP -> "splitbench";
                case REPORT -> "splitreport";
                case WORKSPACE -> "workspace";
            };
            List<Element> elements = elements(kind);
            Files.writeString(out.resolve(name + ".svg"), svg(elements), StandardCharsets.UTF_8);
            List<byte[]> icoImages = new ArrayList<>();
            for (int size : PNG_SIZES) {
                byte[] png = png(elements, size);
                Files.write(out.resolve("png").resolve(name + "-" + size + ".png"), png);
                if (size <= 256 && size != 128) {
                    icoImages.add(png);
                }
            }
            Files.write(out.resolve(name + ".ico"), ico(icoImages, new int[] {16, 24, 32, 48, 64, 256}));
            Files.write(out.resolve(name + ".icns"), icns(elements));
        }
    }

    static List<Element> elements(Kind kind) {
        List<Element> elements = new ArrayList<>();
        switch (kind) {
            case APP -> elements.add(new Element(new RoundRectangle2D.Double(32, 32, 448, 448, 192, 192), null,
                    "<rect x=\"32\" y=\"32\" width=\"448\" height=\"448\" rx=\"96\" fill=\"url(#bg)\"/>"));
            case REPORT -> {
                Path2D page = new Path2D.Double();
                page.moveTo(96, 24);
                page.lineTo(336, 24);
                page.lineTo(432, 120);
                page.lineTo(432, 488);
                page.lineTo(96, 488);
                page.closePath();
                elements.add(new Element(page, PAPER, "<path d=\"M96 24H336L432 120V488H96Z\" fill=\"#F4F5FA\"/>"));
                // An outline, so that the page stands out on a white desktop.
                elements.add(new Element(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                        .createStrokedShape(page), OUTLINE, "<path d=\"M96 24H336L432 120V488H96Z\" fill=\"none\" "
                        + "stroke=\"#" + hex(OUTLINE) + "\" stroke-width=\"10\" stroke-linejoin=\"round\"/>"));
                Path2D fold = new Path2D.Double();
                fold.moveTo(336, 24);
                fold.lineTo(336, 120);
                fold.lineTo(432, 120);
                fold.closePath();
                elements.add(new Element(fold, FOLD, "<path d=\"M336 24V120H432Z\" fill=\"#C9CCE0\"/>"));
                elements.add(new Element(new RoundRectangle2D.Double(136, 168, 256, 288, 48, 48), null,
                        "<rect x=\"136\" y=\"168\" width=\"256\" height=\"288\" rx=\"24\" fill=\"url(#bg)\"/>"));
            }
            case WORKSPACE -> {
                Path2D folder = new Path2D.Double();
                folder.moveTo(32, 96);
                folder.lineTo(200, 96);
                folder.lineTo(240, 136);
                folder.lineTo(480, 136);
                folder.lineTo(480, 448);
                folder.lineTo(32, 448);
                folder.closePath();
                elements.add(new Element(folder, TEAL.darker(),
                        "<path d=\"M32 96H200L240 136H480V448H32Z\" fill=\"#" + hex(TEAL.darker()) + "\"/>"));
                elements.add(new Element(new RoundRectangle2D.Double(32, 168, 448, 280, 48, 48), null,
                        "<rect x=\"32\" y=\"168\" width=\"448\" height=\"280\" rx=\"24\" fill=\"url(#bg)\"/>"));
            }
        }
        // The mark: a baseline, a control bar (soft) and a taller treatment bar (amber), each with a whisker.
        double scale = kind == Kind.APP ? 1.0 : kind == Kind.REPORT ? 0.5 : 0.55;
        double dx = kind == Kind.APP ? 0 : kind == Kind.REPORT ? 136 : 115;
        double dy = kind == Kind.APP ? 0 : kind == Kind.REPORT ? 204 : 172;
        Mark mark = new Mark(scale, dx, dy);
        elements.add(mark.bar(152, 250, 80, 142, SOFT_WHITE));
        elements.add(mark.bar(280, 160, 80, 232, AMBER));
        elements.add(mark.whisker(192, 214, 286, WHITE));
        elements.add(mark.whisker(320, 112, 196, WHITE));
        elements.add(mark.rect(112, 392, 288, 16, WHITE));
        return elements;
    }

    /** Places the 512-unit mark into a smaller box for the document icons. */
    record Mark(double scale, double dx, double dy) {
        Element bar(double x, double top, double width, double height, Color fill) {
            return rect(x, top, width, height, fill);
        }

        Element rect(double x, double y, double width, double height, Color fill) {
            double sx = dx + x * scale;
            double sy = dy + y * scale;
            double w = width * scale;
            double h = height * scale;
            double r = 8 * scale;
            return new Element(new RoundRectangle2D.Double(sx, sy, w, h, 2 * r, 2 * r), fill,
                    String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" "
                            + "fill=\"#%s\"%s/>", sx, sy, w, h, r, hex(fill), opacity(fill)));
        }

        Element whisker(double x, double top, double bottom, Color color) {
            double stroke = 14 * scale;
            double cap = 20 * scale;
            double cx = dx + x * scale;
            double t = dy + top * scale;
            double b = dy + bottom * scale;
            Path2D path = new Path2D.Double();
            path.moveTo(cx - cap, t);
            path.lineTo(cx + cap, t);
            path.moveTo(cx, t);
            path.lineTo(cx, b);
            path.moveTo(cx - cap, b);
            path.lineTo(cx + cap, b);
            Shape outline = new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(path);
            return new Element(outline, color, String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fH%.1f\" stroke=\"#%s\" stroke-width=\"%.1f\" "
                            + "stroke-linecap=\"round\" fill=\"none\"/>",
                    cx - cap, t, cx + cap, cx, t, b, cx - cap, b, cx + cap, hex(color), stroke));
        }
    }

    static String svg(List<Element> elements) {
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\" viewBox=\"0 0 512 512\">\n")
                .append("  <!-- Generated by resources/icons/IconRenderer.java; edit that file, not this one. -->\n")
                .append("  <defs>\n")
                .append("    <linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\">\n")
                .append("      <stop offset=\"0\" stop-color=\"#").append(hex(INDIGO)).append("\"/>\n")
                .append("      <stop offset=\"1\" stop-color=\"#").append(hex(TEAL)).append("\"/>\n")
                .append("    </linearGradient>\n")
                .append("  </defs>\n");
        for (Element element : elements) {
            svg.append("  ").append(element.svg()).append('\n');
        }
        return svg.append("</svg>\n").toString();
    }

    static BufferedImage render(List<Element> elements, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 512.0, size / 512.0);
        for (Element element : elements) {
            if (element.fill() == null) {
                java.awt.Rectangle bounds = element.shape().getBounds();
                g.setPaint(new GradientPaint(bounds.x, bounds.y, INDIGO,
                        bounds.x + bounds.width, bounds.y + bounds.height, TEAL));
            } else {
                g.setPaint(element.fill());
            }
            g.fill(element.shape());
        }
        g.dispose();
        return image;
    }

    static byte[] png(List<Element> elements, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(render(elements, size), "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later). */
    static byte[] ico(List<byte[]> pngs, int[] sizes) {
        int headerSize = 6 + 16 * pngs.size();
        int total = headerSize + pngs.stream().mapToInt(p -> p.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        int offset = headerSize;
        for (int i = 0; i < pngs.size(); i++) {
            int size = sizes[i];
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buffer.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(buffer::put);
        return buffer.array();
    }

    /** ICNS with PNG entries (macOS 10.7 and later), 16 to 1024 px including the @2x types. */
    static byte[] icns(List<Element> elements) throws IOException {
        String[] types = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"};
        int[] sizes = {16, 32, 64, 128, 256, 512, 1024, 32, 64, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < types.length; i++) {
            byte[] png = png(elements, sizes[i]);
            body.write(types[i].getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(png.length + 8).array());
            body.write(png);
        }
        ByteArrayOutputStream icns = new ByteArrayOutputStream();
        icns.write("icns".getBytes(StandardCharsets.US_ASCII));
        icns.write(ByteBuffer.allocate(4).putInt(body.size() + 8).array());
        body.writeTo(icns);
        return icns.toByteArray();
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "%06X", color.getRGB() & 0xFFFFFF);
    }

    static String opacity(Color color) {
        return color.getAlpha() == 255 ? "" : String.format(Locale.ROOT, " fill-opacity=\"%.3f\"", color.getAlpha() / 255.0);
    }
}
