<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw">
<!-- Qt ships no Kinyarwanda translation of its own buttons and dialogs: these are ours. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Sawa</translation></message>
    <message><source>Save</source><translation>Bika</translation></message>
    <message><source>Save All</source><translation>Bika byose</translation></message>
    <message><source>Open</source><translation>Fungura</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Yego</translation></message>
    <message><source>Yes to &amp;All</source><translation>Yego kuri &amp;byose</translation></message>
    <message><source>&amp;No</source><translation>&amp;Oya</translation></message>
    <message><source>N&amp;o to All</source><translation>O&amp;ya kuri byose</translation></message>
    <message><source>Abort</source><translation>Hagarika</translation></message>
    <message><source>Retry</source><translation>Ongera ugerageze</translation></message>
    <message><source>Ignore</source><translation>Birengagize</translation></message>
    <message><source>Close</source><translation>Funga</translation></message>
    <message><source>Cancel</source><translation>Reka</translation></message>
    <message><source>Discard</source><translation>Ntubike</translation></message>
    <message><source>Help</source><translation>Ubufasha</translation></message>
    <message><source>Apply</source><translation>Emeza</translation></message>
    <message><source>Reset</source><translation>Subiza uko byari</translation></message>
    <message><source>Restore Defaults</source><translation>Garura ibisanzwe</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Subira inyuma</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Komeza &gt;</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Soza</translation></message>
    <message><source>Cancel</source><translation>Reka</translation></message>
    <message><source>Help</source><translation>Ubufasha</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Siba icyakozwe</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Subizaho</translation></message>
    <message><source>Cu&amp;t</source><translation>Ca&amp;ho</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Koporora</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Shyiraho</translation></message>
    <message><source>Delete</source><translation>Siba</translation></message>
    <message><source>Select All</source><translation>Hitamo byose</translation></message>
</context>
</TS>
