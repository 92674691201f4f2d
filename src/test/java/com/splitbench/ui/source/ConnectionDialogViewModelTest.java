package com.splitbench.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.splitbench.ui.task.CurrentThreadTaskExecutor;
import com.splitbench.warehouse.SampleWarehouse;
import com.splitbench.warehouse.SavedSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection dialog without a stage, against an H2 file database behind a user and password: messages beside
 * the fields, the engine told by the URL, "test connection" with the right and a wrong password, and saving without
 * the password.
 */
class ConnectionDialogViewModelTest {

    @TempDir
    Path temp;

    private String url;
    private MemorySourceStore store;
    private final SourcePasswords passwords = new SourcePasswords();
    private final List<SavedSource> saved = new ArrayList<>();
    private ConnectionDialogViewModel model;

    @BeforeEach
    void open() {
        url = SampleWarehouse.copyInto(temp);
        store = new MemorySourceStore(temp.resolve("workspace"));
        model = new ConnectionDialogViewModel(store, new CurrentThreadTaskExecutor(failure -> {
            throw new AssertionError(failure);
        }), passwords, saved::add);
    }

    /** Fills the fields for the sample warehouse, as SampleWarehouse.MAPPING maps it on the command line. */
    private SourceForm fill() {
        SourceForm form = model.form();
        form.urlProperty().set(url);
        form.userProperty().set(SampleWarehouse.USER);
        form.passwordProperty().set(SampleWarehouse.PASSWORD);
        form.assignments().textProperty().set("assignments");
        form.assignments().columnProperty("time").set("assigned_at");
        form.dimensionsProperty().set("country, device, platform");
        form.events().textProperty().set("events");
        form.events().columnProperty("experiment").set("experiment");
        form.events().columnProperty("value").set("amount");
        form.events().columnProperty("time").set("ts");
        form.events().timeFormatProperty().set(TimeFormat.EPOCH_MS);
        return form;
    }

    @Test
    void anEmptyDialogSaysWhatIsMissingAndOffersTheDefaultColumns() {
        SourceForm form = model.form();
        assertThat(form.messageProperty(SourceField.URL).get()).startsWith("Enter the JDBC URL");
        assertThat(form.messageProperty(SourceField.NAME).get()).startsWith("Name the source");
        assertThat(form.assignments().textMessageProperty().get()).startsWith("Enter the table name");
        assertThat(form.assignments().columnProperty("unit").get()).isEqualTo("user_id");
        assertThat(form.assignments().columnProperty("variant").get()).isEqualTo("variant");
        assertThat(form.events().columnProperty("type").get()).isEqualTo("event");
        assertThat(form.events().columnProperty("experiment").get()).isEmpty();
        assertThat(model.sourceProperty().get()).isNull();
        assertThat(model.savableProperty().get()).isFalse();
    }

    @Test
    void theEngineIsToldByTheUrlUnlessTheUserChoosesOne() {
        SourceForm form = fill();
        assertThat(model.engineHintProperty().get()).isEqualTo("Detected from the URL: h2");
        assertThat(model.sourceProperty().get().definition().engine()).isEqualTo("h2");

        form.urlProperty().set("jdbc:vertica://db:5433/dw");
        assertThat(form.messageProperty(SourceField.ENGINE).get()).contains("choose it");
        assertThat(model.sourceProperty().get()).isNull();
        form.engineProperty().set("postgresql");
        assertThat(form.messageProperty(SourceField.ENGINE).get()).isEmpty();
        assertThat(model.sourceProperty().get().definition().engine()).isEqualTo("postgresql");
        assertThat(model.engineHintProperty().get()).isEmpty();
    }

    @Test
    void wrongFieldsGetTheirOwnMessages() {
        SourceForm form = fill();
        form.urlProperty().set("jdbc:postgresql://db:5432/dw?user=kim&password=hunter2");
        assertThat(form.messageProperty(SourceField.URL).get()).contains("holds a password").contains("memory only")
                .doesNotContain("hunter2");
        form.urlProperty().set("postgres://db/dw");
        assertThat(form.messageProperty(SourceField.URL).get()).contains("starts with jdbc:");
        form.urlProperty().set(url);
        assertThat(form.messageProperty(SourceField.URL).get()).isEmpty();

        form.assignments().columnProperty("variant").set("");
        assertThat(form.assignments().columnMessageProperty("variant").get()).startsWith("Required");
        form.assignments().columnProperty("variant").set("arm name");
        assertThat(form.assignments().columnMessageProperty("variant").get()).contains("not a plain name");
        form.assignments().columnProperty("variant").set("variant");
        form.events().textProperty().set("events; DROP TABLE events");
        assertThat(form.events().textMessageProperty().get()).contains("not valid");
        form.events().kindProperty().set(RelationFields.Kind.QUERY);
        assertThat(form.events().textMessageProperty().get()).contains("more than one statement");
        form.events().textProperty().set("SELECT * FROM events");
        assertThat(form.events().textMessageProperty().get()).isEmpty();
        form.dimensionsProperty().set("country, device type");
        assertThat(form.messageProperty(SourceField.DIMENSIONS).get()).contains("device type");
        form.dimensionsProperty().set("");
        form.contextKeysProperty().set("plan");
        assertThat(form.messageProperty(SourceField.CONTEXT).get()).contains("JSON column");
        form.contextKeysProperty().set("");
        form.driverJarProperty().set(temp.resolve("missing.jar").toString());
        assertThat(form.messageProperty(SourceField.DRIVER_JAR).get()).startsWith("There is no file");
        assertThat(model.sourceProperty().get()).isNull();
        form.driverJarProperty().set("");
        assertThat(model.sourceProperty().get()).isNotNull();
    }

    @Test
    void testingConnectsAndChecksTheMappedColumns() {
        SourceForm form = fill();
        model.testConnection();
        assertThat(model.statusKindProperty().get()).isEqualTo(ConnectionDialogViewModel.Status.CONNECTED);
        assertThat(model.statusProperty().get()).startsWith("Connected to H2")
                .contains("assignments=assignments, events=events");

        form.events().columnProperty("value").set("revenue");
        assertThat(model.statusKindProperty().get()).isEqualTo(ConnectionDialogViewModel.Status.NONE);
        model.testConnection();
        assertThat(model.statusKindProperty().get()).isEqualTo(ConnectionDialogViewModel.Status.FAILED);
        assertThat(model.statusProperty().get()).contains("revenue").contains("AMOUNT");
    }

    @Test
    void aWrongPasswordFailsWithAMessageThatDoesNotRepeatIt() {
        SourceForm form = fill();
        form.passwordProperty().set("not-the-password");
        model.testConnection();
        assertThat(model.statusKindProperty().get()).isEqualTo(ConnectionDialogViewModel.Status.FAILED);
        assertThat(model.statusProperty().get()).startsWith("Could not connect").contains("Check the URL")
                .doesNotContain("not-the-password").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void savingKeepsThePasswordInMemoryOnlyAndEditingShowsTheSameSource() {
        SourceForm form = fill();
        assertThat(model.savableProperty().get()).isFalse();
        form.nameProperty().set("dw");
        form.descriptionProperty().set("the sample warehouse");
        assertThat(model.savableProperty().get()).isTrue();
        model.save();

        assertThat(saved).hasSize(1);
        assertThat(store.json.get("dw")).contains(SampleWarehouse.USER).contains("assigned_at")
                .doesNotContain(SampleWarehouse.PASSWORD);
        assertThat(passwords.get(store.location(), "dw")).contains(SampleWarehouse.PASSWORD);
        SavedSource first = store.find("dw").orElseThrow();
        assertThat(first.definition().mapping()).isEqualTo(new com.splitbench.warehouse.TableMappingOptions(
                "assignments", null, "time=assigned_at", "country,device,platform", null, null, "events", null,
                "experiment=experiment,value=amount,time=ts,time-format=epoch_ms", null, null, null, null)
                .toMapping());

        ConnectionDialogViewModel again = new ConnectionDialogViewModel(store, new CurrentThreadTaskExecutor(
                failure -> {
                    throw new AssertionError(failure);
                }), passwords, saved::add);
        again.edit(first);
        assertThat(again.form().passwordProperty().get()).isEqualTo(SampleWarehouse.PASSWORD);
        assertThat(again.sourceProperty().get()).isEqualTo(first);
        assertThat(again.nameHintProperty().get()).isEmpty();
        again.form().nameProperty().set("other");
        assertThat(again.nameHintProperty().get()).isEmpty();
        ConnectionDialogViewModel fresh = new ConnectionDialogViewModel(store, new CurrentThreadTaskExecutor(
                failure -> {
                    throw new AssertionError(failure);
                }), passwords, saved::add);
        fresh.form().nameProperty().set("dw");
        assertThat(fresh.nameHintProperty().get()).contains("replaces it");
    }

    @Test
    void editingUnderANewNameRenamesTheSourceInsteadOfCopyingIt() {
        fill().nameProperty().set("dw");
        model.save();
        store.save(new SavedSource("lake", null, url, "someone", null, store.find("dw").orElseThrow().mapping(), ""));
        ConnectionDialogViewModel editing = new ConnectionDialogViewModel(store, new CurrentThreadTaskExecutor(
                failure -> {
                    throw new AssertionError(failure);
                }), passwords, saved::add);
        editing.edit(store.find("dw").orElseThrow());

        editing.form().nameProperty().set("lake");
        assertThat(editing.nameHintProperty().get()).contains("choose another name");
        assertThat(editing.savableProperty().get()).isFalse();

        editing.form().nameProperty().set("warehouse");
        assertThat(editing.savableProperty().get()).isTrue();
        editing.save();
        assertThat(store.names()).containsExactly("lake", "warehouse");
        assertThat(store.find("warehouse").orElseThrow().user()).isEqualTo(SampleWarehouse.USER);
        assertThat(saved).extracting(SavedSource::name).containsExactly("dw", "warehouse");
        assertThat(passwords.get(store.location(), "warehouse")).contains(SampleWarehouse.PASSWORD);
        assertThat(passwords.get(store.location(), "dw")).isEmpty();

        // Saving again from the same dialog keeps the one source.
        editing.form().descriptionProperty().set("renamed");
        editing.save();
        assertThat(store.names()).containsExactly("lake", "warehouse");
    }

    @Test
    void aPerUserTableLayoutNeedsTheTableAndNotTheEvents() {
        SourceForm form = model.form();
        form.urlProperty().set(url);
        form.layoutProperty().set(SourceLayout.USER_TABLE);
        assertThat(form.userTable().textMessageProperty().get()).startsWith("Enter the table name");
        assertThat(form.events().textMessageProperty().get()).isEmpty();
        form.userTable().textProperty().set("analytics.users");
        form.userTable().columnProperty("time").set("");
        form.metricColumnsProperty().set("clicks, revenue");
        SavedSource source = model.sourceProperty().get();
        assertThat(source.mapping().userTable()).isEqualTo("analytics.users");
        assertThat(source.mapping().assignmentsTable()).isNull();
        assertThat(source.mapping().eventsTable()).isNull();
        assertThat(source.mapping().metricColumns()).isEqualTo("clicks, revenue");
        assertThat(source.definition().mapping().describeSources()).containsExactly("user-table=analytics.users");
    }
}
