package com.splitbench.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A cell's tooltip, made when the pointer first enters the cell. A {@link Tooltip} is a popup window with its own
 * styling; making one in every visible table and sidebar cell's {@code updateItem} took a tenth of the FX thread's
 * work before the first results showed (JFR, start-up of the installed app). The cell keeps the text and reuses its
 * one tooltip, which wraps long explanations.
 */
public final class HoverTooltip {

    /** Long explanations (a health badge's, a statistic's) wrap at this width instead of running off screen. */
    private static final double MAX_WIDTH = 360;

    private final Control owner;
    private final Consumer<Tooltip> style;
    private final boolean alsoHelp;
    private String text;
    private Tooltip tooltip;

    private HoverTooltip(Control owner, Consumer<Tooltip> style, boolean alsoHelp) {
        this.owner = owner;
        this.style = style;
        this.alsoHelp = alsoHelp;
    }

    /** Gives {@code owner} a tooltip whose text {@link #show(String)} sets; the popup is made on the first hover. */
    public static HoverTooltip on(Control owner) {
        return on(owner, HoverTooltip::plain);
    }

    /**
     * As {@link #on(Control)}, with {@code style} applied to the tooltip when it is made (its delays, width and
     * style classes). Long texts wrap.
     */
    public static HoverTooltip on(Control owner, Consumer<Tooltip> style) {
        return install(new HoverTooltip(owner, style, false));
    }

    /**
     * A tooltip that explains a control (a toolbar choice, a column header): as {@link #on(Control, Consumer)}, and
     * the text is also the control's accessible help, so a screen reader has it before any hover.
     */
    public static HoverTooltip explaining(Control owner, Consumer<Tooltip> style) {
        return install(new HoverTooltip(owner, style, true));
    }

    /** As {@link #explaining(Control, Consumer)}, with the plain style. */
    public static HoverTooltip explaining(Control owner) {
        return explaining(owner, HoverTooltip::plain);
    }

    private static void plain(Tooltip tooltip) {
        tooltip.setMaxWidth(MAX_WIDTH);
    }

    private static HoverTooltip install(HoverTooltip hover) {
        Control owner = hover.owner;
        // The tooltip installed here starts its show-delay timer with the pointer's next move inside the cell.
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> hover.install());
        return hover;
    }

    /** The text to show on hover, or {@code null} for none. */
    public void show(String newText) {
        text = newText;
        if (alsoHelp) {
            owner.setAccessibleHelp(newText);
        }
        if (tooltip != null) {
            if (newText != null) {
                tooltip.setText(newText);
            }
            owner.setTooltip(newText == null ? null : tooltip);
        }
    }

    /** The text shown on hover, or {@code null}. */
    public String text() {
        return text;
    }

    private void install() {
        if (text == null) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip(text);
            tooltip.setWrapText(true);
            style.accept(tooltip);
        }
        if (owner.getTooltip() != tooltip) {
            owner.setTooltip(tooltip);
        }
    }
}
