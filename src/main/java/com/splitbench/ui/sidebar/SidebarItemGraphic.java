package com.splitbench.ui.sidebar;

import com.splitbench.ui.common.StyleClasses;
import com.splitbench.ui.table.ShownText;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A sidebar item's lines: its name, and below it a smaller detail line with the health badge at its right. Two text
 * nodes and a label for the badge, made once per cell and refilled. The rows used to be new labels in boxes on every
 * update, nine nodes with three labels each, and styling them was the second largest part of the JavaFX thread's
 * work before the first results (JFR). A name or detail too long for the sidebar ends in "…"; the badge keeps its
 * whole width.
 */
final class SidebarItemGraphic extends Region {

    /** The detail line's size against the name's (as 0.85em was when these were labels). */
    private static final double DETAIL_SCALE = 0.85;
    /** The room between the lines, and between the detail and the badge, as the boxes this replaces had. */
    private static final double LINE_GAP = 1;
    private static final double BADGE_LINE_GAP = 2;
    private static final double BADGE_GAP = 8;

    private final Text name = ShownText.create("sidebar-item-name");
    private final Text detail = ShownText.create("sidebar-item-detail");
    private final Label badge = new Label();

    SidebarItemGraphic() {
        getStyleClass().add("sidebar-item-lines");
        badge.getStyleClass().add("health-badge");
        ShownText.sizeFrom(name, detail, DETAIL_SCALE);
        getChildren().addAll(name, detail, badge);
    }

    void show(SidebarItem item) {
        ShownText.set(name, item.name());
        ShownText.set(detail, item.detail());
        boolean hasBadge = item.badge() != null;
        badge.setVisible(hasBadge);
        detail.setVisible(!item.detail().isEmpty() || hasBadge);
        if (hasBadge) {
            badge.setText(item.badge().label());
            StyleClasses.showOne(badge.getStyleClass(), item.badge().severity().styleClass(),
                    HealthBadge.Severity.styleClasses());
        }
        requestLayout();
    }

    /** Read out in full by screen readers: the tree cell around it has no text of its own. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            String lines = ShownText.spoken(name, detail);
            return badge.isVisible() ? lines + ", " + badge.getText() : lines;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    protected double computePrefWidth(double height) {
        double second = detail.isVisible() ? ShownText.fullWidth(detail) + badgeRoom() : 0;
        return snappedLeftInset() + snappedRightInset() + Math.max(ShownText.fullWidth(name), second);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + badgeRoom();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + ShownText.lineHeight(name)
                + (detail.isVisible() ? lineGap() + secondLineHeight() : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double top = snappedTopInset();
        ShownText.fit(name, width);
        name.relocate(snapPositionX(left), snapPositionY(top));
        if (!detail.isVisible()) {
            return;
        }
        double secondTop = top + ShownText.lineHeight(name) + lineGap();
        double secondHeight = secondLineHeight();
        ShownText.fit(detail, Math.max(0, width - badgeRoom()));
        detail.relocate(snapPositionX(left),
                snapPositionY(secondTop + (secondHeight - ShownText.lineHeight(detail)) / 2));
        if (badge.isVisible()) {
            double badgeWidth = badge.prefWidth(-1);
            double badgeHeight = badge.prefHeight(-1);
            badge.resizeRelocate(snapPositionX(left + width - badgeWidth),
                    snapPositionY(secondTop + (secondHeight - badgeHeight) / 2), badgeWidth, badgeHeight);
        }
    }

    private double badgeRoom() {
        return badge.isVisible() ? BADGE_GAP + badge.prefWidth(-1) : 0;
    }

    private double lineGap() {
        return badge.isVisible() ? BADGE_LINE_GAP : LINE_GAP;
    }

    private double secondLineHeight() {
        return Math.max(ShownText.lineHeight(detail), badge.isVisible() ? badge.prefHeight(-1) : 0);
    }
}
