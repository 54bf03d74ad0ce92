<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddToSessionDialog</name>
    <message>
        <location filename="../../delegations/ui/speakers/add_to_session.py" line="+33"/>
        <source>Add {name} to a session</source>
        <translation>将{name}加入场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a title, a room or a day</source>
        <translation>输入标题、会场或日期的一部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Session:</source>
        <translation>场次(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>AgendaExchange</name>
    <message>
        <location filename="../../delegations/ui/agenda/exchange.py" line="+40"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export agenda</source>
        <translation>导出议程</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%Ln session(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 个场次写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule for conference apps, frab XML (*.xml)</source>
        <translation>会议应用日程，frab XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole agenda, JSON (*.json)</source>
        <translation>完整议程，JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Import agenda</source>
        <translation>导入议程</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Agenda exported as JSON (*.json)</source>
        <translation>以 JSON 导出的议程 (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the whole agenda — {current}, their rooms and speakers — with the {count} in {name}?

This cannot be undone with Undo; publish a programme version or save a copy of the event first if you may want the current agenda back.</source>
        <translation>用 {name} 中的 {count}替换整个议程（现有 {current}及其会场和嘉宾）？

此操作无法通过“撤销”恢复；如果以后可能还需要当前议程，请先发布议程版本或保存活动副本。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {sessions}, {rooms} and {speakers}.</source>
        <translation>已导入 {sessions}、{rooms}和 {speakers}。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln 个会场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to a delegate of this event: {names}.</source>
        <translation>未关联到本次活动的代表：{names}。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 个场次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../delegations/ui/agenda/grid.py" line="+161"/>
        <source>Chair: {name}</source>
        <translation>主持人：{name}</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bilateral meeting: {title}</source>
        <translation>双边会见：{title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: {languages}</source>
        <translation>语言：{languages}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to move it; double-click for the bilateral meetings.</source>
        <translation>拖动可移动；双击打开双边会见。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{time} · Bilateral</source>
        <translation>{time} · 双边会见</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No room</source>
        <translation>未定会场</translation>
    </message>
</context>
<context>
    <name>AgendaMenu</name>
    <message>
        <location filename="../../delegations/ui/agenda/menus.py" line="+36"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish programme version…</source>
        <translation>发布议程版本(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes since a version…</source>
        <translation>自某版本以来的变更(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export agenda…</source>
        <translation>导出议程(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import agenda…</source>
        <translation>导入议程(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rooms…</source>
        <translation>会场(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../delegations/ui/agenda/tab.py" line="+138"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda grid</source>
        <translation>议程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions by room and time; the List view has them for the keyboard</source>
        <translation>按会场和时间排列的场次；列表视图便于键盘操作</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day grid</source>
        <translation>日程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One day as a time grid, rooms as columns</source>
        <translation>按时间表显示一天，每列一个会场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sessions as a list, for keyboard work</source>
        <translation>以列表显示场次，便于键盘操作</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by title, room or speaker  (Ctrl+F)</source>
        <translation>按标题、会场或嘉宾筛选  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session…</source>
        <translation>添加场次…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms…</source>
        <translation>会场…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Bilaterals</source>
        <translation>双边会见</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln 个座位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor {floor}</source>
        <translation>{floor} 层</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole programme, day by day</source>
        <translation>逐日显示完整议程</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{day}: %Ln session(s)</source>
        <translation>
            <numerusform>{day}：%Ln 个场次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 个场次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln session(s) this day</source>
        <translation>
            <numerusform>当天 %Ln 个场次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”匹配的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions on this day yet. Add one with “Add session…”.</source>
        <translation>当天还没有场次。请用“添加场次…”添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions yet. Add one with “Add session…”.</source>
        <translation>还没有场次。请用“添加场次…”添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Showing {shown} of %Ln session(s)</source>
        <translation>
            <numerusform>显示 {shown} / %Ln 个场次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Move session</source>
        <translation>移动场次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no room</source>
        <translation>无会场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “{title}” to {room}</source>
        <translation>将“{title}”移至{room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “{title}”</source>
        <translation>移动“{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the end of “{title}”</source>
        <translation>修改“{title}”的结束时间</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Move the bilateral “{title}” to {room}</source>
        <translation>将双边会见“{title}”移至{room}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the bilateral “{title}”</source>
        <translation>移动双边会见“{title}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bilateral meeting</source>
        <translation>双边会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a bilateral meeting, not a session: drag it to move it; its participants and wished times are edited with “delegations bilaterals”.</source>
        <translation>“{title}”是双边会见，不是场次：拖动即可移动；其参加人员和期望时段请用“delegations bilaterals”编辑。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add “{title}”</source>
        <translation>添加“{title}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “{title}”</source>
        <translation>编辑“{title}”</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>Delete sessions</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Delete “{title}”</source>
        <translation>删除“{title}”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>删除 %Ln 个场次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the session “{title}”?</source>
        <translation>删除场次“{title}”？</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln session(s)?</source>
        <translation>
            <numerusform>删除 %Ln 个场次？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published programme version {number}.</source>
        <translation>已发布议程第 {number} 版。</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+49"/>
        <source>Memorandum of Understanding</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter of Intent</source>
        <translation>意向书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>New agreement</source>
        <translation>新建协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>编辑协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties and &amp;signatories:</source>
        <translation>签约方及签字人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Witnesses:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not at a ceremony yet</source>
        <translation>尚未安排签约仪式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed at the ce&amp;remony:</source>
        <translation>签约仪式(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+175"/>
        <source>Room at {hotel}</source>
        <translation>{hotel}的房间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A &amp;new room</source>
        <translation>新房间(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hotel&apos;s number, if known</source>
        <translation>酒店房号（如已知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share the room of</source>
        <translation>与下列人员同住(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own &amp;dates (else the travel&apos;s)</source>
        <translation>单独设定日期（否则按抵离日期）(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guest:</source>
        <translation>住客(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room type:</source>
        <translation>房型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room n&amp;umber:</source>
        <translation>房号(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;in:</source>
        <translation>入住(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>退房(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests:</source>
        <translation>特殊要求(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Guest</source>
        <translation>住客</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share with</source>
        <translation>同住人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: no one in the list is named “{name}”.</source>
        <translation>{field}：名单中没有名为“{name}”的人员。</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/badge_actions.py" line="+44"/>
        <source>Print badges…</source>
        <translation>打印证件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print name badges for everyone, the selection or one delegation</source>
        <translation>为所有人、所选人员或某一代表团打印姓名证件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print badges of the selection…</source>
        <translation>打印所选人员的证件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint badge…</source>
        <translation>补打证件…</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+376"/>
        <source>Print badges</source>
        <translation>打印证件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose badges</source>
        <translation>打印对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All delegates</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected delegates ({count:,})</source>
        <translation>所选代表（{count:,}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select delegates in the table first to print only theirs.</source>
        <translation>如只打印部分代表的证件，请先在表格中选中他们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One delegation:</source>
        <translation>单个代表团：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({count:,})</source>
        <translation>{name}（{count:,}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people whose badge has not been printed yet</source>
        <translation>仅限尚未制证的人员</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layouts…</source>
        <translation>版式…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge layouts: duplicate one to edit, use one for a role, export, import.</source>
        <translation>证件版式：复制后编辑、指定给某一身份、导出、导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+173"/>
        <source>Check before printing</source>
        <translation>打印前检查</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+105"/>
        <location line="+13"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>selected</source>
        <translation>所选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by role</source>
        <translation>按身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges {part} {layout}</source>
        <translation>证件 {part} {layout}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview.</source>
        <translation>无预览。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No badges to print for this choice.</source>
        <translation>按此选择没有需要打印的证件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview needs PDFium (the pypdfium2 package); printing works without it.</source>
        <translation>预览需要 PDFium（pypdfium2 软件包）；没有它也可以打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{badges} on {pages}</source>
        <translation>{badges}，共 {pages}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln badge(s)</source>
        <translation>
            <numerusform>%Ln 张证件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{caption}, printed two-sided (each back on the reverse)</source>
        <translation>{caption}，双面打印（背面印在每张的反面）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check before printing ({count:,})</source>
        <translation>打印前检查（{count:,}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every name has a font for all its characters and fits at a readable size.</source>
        <translation>所有姓名的每个字符都有可用字体，且能以清晰可读的字号排下。</translation>
    </message>
</context>
<context>
    <name>BilateralsPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="+378"/>
        <source>Print bilaterals</source>
        <translation>打印双边会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;delegation&apos;s schedule</source>
        <translation>代表团日程(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A room&apos;s door s&amp;heet</source>
        <translation>会场门贴(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every delegation with a meeting</source>
        <translation>所有有会见安排的代表团</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;elegation:</source>
        <translation>代表团(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>会场(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ay:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bilateral schedules</source>
        <translation>双边会见日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral schedule – {delegation}</source>
        <translation>双边会见日程 – {delegation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Door sheet – {room} – {day}</source>
        <translation>门贴 – {room} – {day}</translation>
    </message>
</context>
<context>
    <name>BilateralsWindow</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/window.py" line="+66"/>
        <source>Bilateral meetings</source>
        <translation>双边会见</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wished times</source>
        <translation>期望时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New request…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel re&amp;quest</source>
        <translation>撤销申请(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>自动排期(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place every open request in the bilateral rooms, inside its wished times.</source>
        <translation>将所有待安排的申请排入双边会见室，时间均在各自的期望时段内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every delegation</source>
        <translation>全部代表团</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Conflicts: {count}</source>
        <translation>冲突：{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No room is set aside for bilaterals; `delegations bilaterals rooms NAME…` sets them.</source>
        <translation>尚未指定双边会见室；可用 `delegations bilaterals rooms NAME…` 设置。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilateral {id} ({title}) saved.</source>
        <translation>双边会见 {id}（{title}）已保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilateral {id} requested: {title}.</source>
        <translation>已提交双边会见申请 {id}：{title}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cancel request</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the bilateral {title}? A scheduled meeting gives its room and time back.</source>
        <translation>撤销双边会见{title}？已安排的会见将释放所占会场和时间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bilateral {id} ({title}) cancelled.</source>
        <translation>双边会见 {id}（{title}）已撤销。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} now {when} in {room}.</source>
        <translation>{title}现改为{when}在{room}举行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: {sentences}</source>
        <translation>冲突：{sentences}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Schedule</source>
        <translation>自动排期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed: {placed}; not placed: {unplaced}.</source>
        <translation>已安排：{placed}；未安排：{unplaced}。</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-109"/>
        <source>Add block</source>
        <translation>添加预留房</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Room type:</source>
        <translation>房型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;in:</source>
        <translation>入住(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-&amp;out:</source>
        <translation>退房(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roo&amp;ms:</source>
        <translation>房间数(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/booklet_dialog.py" line="+81"/>
        <source>Print programme booklet</source>
        <translation>打印会议手册</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to print</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet</source>
        <translation>会议手册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata sheet (A4): changes since version</source>
        <translation>勘误表（A4）：自此版本以来的变更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} — published {date}</source>
        <translation>第 {number} 版 — 发布于 {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish a programme version first; the errata list what changed since.</source>
        <translation>请先发布议程版本；勘误表列出此后的变更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door sheets (A4): one page per room and day, for the doors</source>
        <translation>门贴（A4）：每个会场每天一页，张贴在门口</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booklet</source>
        <translation>手册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5（148 × 210 毫米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impose two pages per A4 landscape sheet, in saddle-stitch order</source>
        <translation>按骑马钉顺序拼版，每张横向 A4 纸两页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print double-sided, flipping on the short edge; fold the stack in the middle and staple.</source>
        <translation>双面打印，沿短边翻转；将整叠纸从中间对折后装订。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As it stands: {label}</source>
        <translation>当前议程：{label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the current agenda as version {number} first</source>
        <translation>先将当前议程发布为第 {number} 版</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English, Chinese beneath</source>
        <translation>英文，下附中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, English beneath (中文版)</source>
        <translation>中文，下附英文（中文版）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heads of delegation only</source>
        <translation>仅代表团团长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All members</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>不列出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Final programme for printing</source>
        <translation>例如：付印终稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note:</source>
        <translation>版本说明：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition:</source>
        <translation>版本语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation lists:</source>
        <translation>代表团名单：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Errata since version {number}</source>
        <translation>自第 {number} 版以来的勘误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door sheets</source>
        <translation>门贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet {paper}</source>
        <translation>会议手册 {paper}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> imposed</source>
        <translation> 拼版</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sent to the printer {name}.</source>
        <translation>已发送到打印机 {name}。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the programme booklet…</source>
        <translation>正在打印会议手册…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the errata sheet…</source>
        <translation>正在打印勘误表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the door sheets…</source>
        <translation>正在打印门贴…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln 处变更</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errata since version {number}: {changes} written to {path}</source>
        <translation>自第 {number} 版以来的勘误：{changes}，已写入 {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln door sheet(s)</source>
        <translation>
            <numerusform>%Ln 张门贴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pages} written to {path}</source>
        <translation>{pages}已写入 {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pages} on %Ln A4 side(s)</source>
        <translation>
            <numerusform>{pages}，印在 %Ln 面 A4 上</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme booklet ({pages}) written to {path}</source>
        <translation>会议手册（{pages}）已写入 {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Printing cancelled; no file was written.</source>
        <translation>打印已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+39"/>
        <source>New signing ceremony</source>
        <translation>新建签约仪式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit signing ceremony</source>
        <translation>编辑签约仪式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room, or any place</source>
        <translation>会场或任意地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+103"/>
        <source>Changes since a programme version</source>
        <translation>自某议程版本以来的变更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the version</source>
        <translation>自该版本以来的变更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print errata…</source>
        <translation>打印勘误表…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the errata sheet, then print it on one of the system&apos;s printers</source>
        <translation>先预览勘误表，再用系统中的打印机打印</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Since:</source>
        <translation>起始版本(&amp;S)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No programme version has been published yet: use Agenda ▸ Publish programme version… first.</source>
        <translation>尚未发布任何议程版本：请先使用“议程 ▸ 发布议程版本…”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has changed since version {number}.</source>
        <translation>自第 {number} 版以来没有变更。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln change(s) since version {number}:</source>
        <translation>
            <numerusform>自第 {number} 版以来有 %Ln 处变更：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../delegations/ui/checkin/tab.py" line="+173"/>
        <source>Undo the last admission</source>
        <translation>撤销上一次报到</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+96"/>
        <source>Scan a badge — or type a name</source>
        <translation>扫描证件，或输入姓名</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Badge code or name</source>
        <translation>证件码或姓名</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the delegates…</source>
        <translation>正在加载代表…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the check-in desk…</source>
        <translation>正在加载报到台…</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>NOT FOUND</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a badge of this event and matches no delegate.</source>
        <translation>“{text}”不是本次活动的证件，也没有匹配的代表。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>NOT RECORDED</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The check-in could not be saved ({error}). Try again; if it keeps failing, use the paper list.</source>
        <translation>报到未能保存（{error}）。请重试；如果一直失败，请使用纸质名单。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✔  {n} ADMITTED</source>
        <translation>✔  {n} 人报到成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: {admitted} admitted now, {already} already checked in.</source>
        <translation>{delegation}：本次报到 {admitted} 人，此前已报到 {already} 人。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Admit the whole delegation</source>
        <translation>全团报到</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Admit all %Ln waiting member(s) of {delegation}?</source>
        <translation>
            <numerusform>为{delegation}全部 %Ln 名未到成员办理报到？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…另有 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NOT UNDONE</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No admission made at this desk is still standing.</source>
        <translation>本报到台办理的报到均已撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegate {id}</source>
        <translation>代表 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶  ADMISSION UNDONE</source>
        <translation>↶  已撤销报到</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{name} and %Ln other(s) are no longer checked in.</source>
        <translation>
            <numerusform>{name}及另外 %Ln 人的报到已撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is no longer checked in.</source>
        <translation>{name}的报到已撤销。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Organiser PIN</source>
        <translation>组织方 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That PIN is not right; desk mode stays on. Ask the organiser.</source>
        <translation>PIN 码不正确；仍处于报到台模式。请联系组织方。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check-in desk {desk}</source>
        <translation>报到台 {desk}</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <location filename="../../delegations/ui/checkin/clock_banner.py" line="+42"/>
        <source>Understood</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understood: the clock warning</source>
        <translation>知道了：时钟警告</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock says {today}, but the event runs {start} – {end}. Each admission is recorded at this clock&apos;s time, and desks&apos; journals are merged in that order: set the clock right before admitting.</source>
        <translation>本机时钟显示为 {today}，但活动日期为 {start} – {end}。每次报到都按本机时钟记录时间，各报到台的记录也按此顺序合并：请先校准时钟再办理报到。</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../delegations/ui/agenda/conflicts.py" line="+31"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to show the sessions</source>
        <translation>双击显示相关场次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to show the bilateral meeting</source>
        <translation>双击显示该双边会见</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/connect_server.py" line="+48"/>
        <source>Connect to a venue server</source>
        <translation>连接会场服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the event on the venue&apos;s PostgreSQL server, shared by the desks and the organisers&apos; office. The password is used for this connection only and is never saved.</source>
        <translation>打开会场 PostgreSQL 服务器上的活动，各报到台与组委会办公室共用。密码仅用于本次连接，不会保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. week2025</source>
        <translation>例如 week2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. desk3</source>
        <translation>例如 desk3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember this server (without its password)</source>
        <translation>记住此服务器（不保存密码）(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The venue server does not answer</source>
        <translation>会场服务器无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server} does not answer.

This laptop has its own copy of the event, as it last saw it on {date} at {time}. Open it to go on admitting? What is admitted on it is sent to the server when you connect again; other changes made on it are not.</source>
        <translation>{server} 无响应。

本机保存有该活动的副本，为本机最后一次看到的状态（{date} {time}）。是否打开副本继续办理报到？在副本中办理的报到将在您再次连接服务器时发送；在副本中所作的其他更改不会发送。</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../../delegations/ui/checkin/counters.py" line="+92"/>
        <source>In</source>
        <translation>已报到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>未到</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Badge</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Check-ins by delegation</source>
        <translation>各代表团报到情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins by role</source>
        <translation>各身份报到情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>按代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By role</source>
        <translation>按身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+186"/>
        <source>Not yet arrived</source>
        <translation>尚未报到</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Badges handed to a liaison officer are issued</source>
        <translation>已移交联络员的证件计为已发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued or not</source>
        <translation>证件是否已发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge issued</source>
        <translation>证件已发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not issued</source>
        <translation>证件未发放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travellers on an arrival flight or train today</source>
        <translation>今日乘航班或火车抵达的人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving any day</source>
        <translation>全部抵达日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriving today</source>
        <translation>今日抵达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name…</source>
        <translation>按姓名筛选…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print list (PDF)…</source>
        <translation>打印名单（PDF）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the list, then print it on one of the system&apos;s printers (A4, 100 %)</source>
        <translation>先预览名单，再用系统中的打印机打印（A4，100%）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{admitted} of {expected} checked in</source>
        <translation>已报到 {admitted} / 应到 {expected}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet arrived ({n})</source>
        <translation>尚未报到（{n}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All delegations</source>
        <translation>全部代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>全部身份</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} shown</source>
        <translation>显示 {n} 人</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>as of {time}</source>
        <translation>截至 {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>desk {desk}</source>
        <translation>报到台 {desk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the not-yet-arrived list</source>
        <translation>导出未报到名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %Ln name(s) to {path}</source>
        <translation>
            <numerusform>已将 %Ln 个姓名写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the not-yet-arrived list</source>
        <translation>打印未报到名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet arrived — {count} delegates</source>
        <translation>尚未报到 — {count} 名代表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {pages} pages to {path}</source>
        <translation>已将 {pages} 页写入 {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing the not-yet-arrived list…</source>
        <translation>正在打印未报到名单…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sent %Ln page(s) to {printer}</source>
        <translation>
            <numerusform>已将 %Ln 页发送到 {printer}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedEventBox</name>
    <message>
        <location filename="../../delegations/ui/dialogs/damaged_event.py" line="+38"/>
        <location line="+73"/>
        <source>Damaged event file</source>
        <translation>活动文件已损坏</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Restore the backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another file…</source>
        <translation>打开其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup of it that passes the check.</source>
        <translation>没有通过校验的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup that passes the check is from {time}. Restoring it keeps the damaged file beside it, renamed with today&apos;s date; changes made after the backup are not in it.</source>
        <translation>通过校验的最新备份来自 {time}。恢复后，损坏的文件以今天的日期重命名并保留在原处旁边；备份之后所做的更改不包含在内。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open event</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>代表团活动文件 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="+175"/>
        <source>Add delegate</source>
        <translation>添加代表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegate</source>
        <translation>编辑代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Honorific:</source>
        <translation>尊称(&amp;H)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>例如：H.E.、Dr、Prof.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;native script:</source>
        <translation>本国文字姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 阮文德, สมชาย ใจดี</source>
        <translation>例如：阮文德、สมชาย ใจดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name &amp;order:</source>
        <translation>姓名顺序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the delegation&apos;s country and the native name; choose another if this person writes their name otherwise.</source>
        <translation>根据代表团所属国家和本国文字姓名推荐；如本人姓名写法不同，请另选。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within a delegation the head comes first, then members by rank.</source>
        <translation>同一代表团内，团长居首，其余成员按级别排列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran&amp;k:</source>
        <translation>级别(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organi&amp;sation:</source>
        <translation>单位(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phon&amp;e:</source>
        <translation>电话(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ietary needs:</source>
        <translation>饮食要求(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccess needs:</source>
        <translation>无障碍需求(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>抵达(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depart&amp;ure:</source>
        <translation>离开(&amp;U)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>DelegatesExport</name>
    <message>
        <location filename="../../delegations/ui/dialogs/export.py" line="+50"/>
        <source>{count:,} delegates written to {path}</source>
        <translation>已将 {count:,} 名代表写入 {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting delegates…</source>
        <translation>正在导出代表…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import template written to {path}</source>
        <translation>导入模板已写入 {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the import template…</source>
        <translation>正在生成导入模板…</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>Export delegates</source>
        <translation>导出代表</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV file, UTF-8</source>
        <translation>CSV 文件，UTF-8</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+30"/>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/forms.py" line="-171"/>
        <source>Add delegation</source>
        <translation>添加代表团</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit delegation</source>
        <translation>编辑代表团</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ministry of Education</source>
        <translation>例如：教育部</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegations are listed in this order.</source>
        <translation>代表团按此顺序排列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the ASEAN order of precedence; change the rule in File ▸ Order of precedence…</source>
        <translation>按东盟礼宾次序确定；可在“文件 ▸ 礼宾次序…”中更改规则。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Protocol order:</source>
        <translation>礼宾顺序(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the delegation first, then choose its head.</source>
        <translation>请先添加代表团，再选择团长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Head of delegation:</source>
        <translation>代表团团长(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact per&amp;son:</source>
        <translation>联系人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-&amp;mail:</source>
        <translation>联系邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact phon&amp;e:</source>
        <translation>联系电话(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Arrival:</source>
        <translation>抵达(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Departure:</source>
        <translation>离开(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <location filename="../../delegations/ui/delegations/tab.py" line="+88"/>
        <location line="+50"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>团长</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Add a delegation</source>
        <translation>添加代表团</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native script</source>
        <translation>本国文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by name, organisation or e-mail  (Ctrl+F)</source>
        <translation>按姓名、单位或电子邮箱筛选  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add delegate…</source>
        <translation>添加代表…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>All delegations</source>
        <translation>全部代表团</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All delegates</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · head: {head}</source>
        <translation>{name} · 团长：{head}</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %Ln delegate(s)…</source>
        <translation>
            <numerusform>正在读取 %Ln 名代表…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln 名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>{shown} / %Ln 名代表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegations yet. Add one with “Add…” below the list on the left.</source>
        <translation>还没有代表团。请用左侧列表下方的“添加…”添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches “{text}”.</source>
        <translation>没有与“{text}”匹配的人员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegates yet. Add one with “Add delegate…”.</source>
        <translation>还没有代表。请用“添加代表…”添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Showing {shown} of %Ln delegate(s)</source>
        <translation>
            <numerusform>显示 {shown} / %Ln 名代表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Delete the delegate “{name}”? This cannot be undone.</source>
        <translation>删除代表“{name}”？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %Ln delegate(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %Ln 名代表？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Delete delegates</source>
        <translation>删除代表</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Delete the delegation “{name}” and its %Ln member(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除代表团“{name}”及其 %Ln 名成员？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the delegation “{name}”?</source>
        <translation>删除代表团“{name}”？</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Delete delegation</source>
        <translation>删除代表团</translation>
    </message>
</context>
<context>
    <name>DesignerWords</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_canvas.py" line="+68"/>
        <source>event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event name in Chinese</source>
        <translation>活动中文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event dates</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honorific</source>
        <translation>尊称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>role band</source>
        <translation>身份色带</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>线条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only with {field})</source>
        <translation>（仅当有{field}时）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(only without {field})</source>
        <translation>（仅当无{field}时）</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+43"/>
        <source>Desk settings…</source>
        <translation>报到台设置…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>中 / ไทย typing</source>
        <translation>中文 / ไทย 输入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the input method on to type a name in Chinese, Thai or another script. It switches itself off after the next admission, so that the scanner&apos;s codes stay intact.</source>
        <translation>打开输入法，以中文、泰文或其他文字输入姓名。下一次报到后输入法会自动关闭，以免扫描枪输入的证件码被改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undo (Ctrl+Z)</source>
        <translation>↶ 撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last admission made at this desk</source>
        <translation>撤销本报到台的上一次报到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in…</source>
        <translation>现场注册…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not registered: add them, print their badge, check them in</source>
        <translation>为未注册人员登记、制证并办理报到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave desk mode…</source>
        <translation>退出报到台模式…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Desk: {name}</source>
        <translation>报到台：{name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk not named</source>
        <translation>报到台未命名</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../delegations/ui/checkin/controller.py" line="+94"/>
        <source>E&amp;xchange check-ins…</source>
        <translation>交换报到记录(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second backup &amp;folder…</source>
        <translation>第二备份文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk mode (full screen)</source>
        <translation>报到台模式（全屏）(&amp;D)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The event could not be opened again: {error}</source>
        <translation>无法重新打开活动：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored the backup of {time}.</source>
        <translation>已恢复 {time} 的备份。</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="+525"/>
        <source>{name}: the new badge went to {printer}; the lost badge is refused from now on. Not checked in by this.</source>
        <translation>{name}：新证件已发送到 {printer}；遗失的证件从现在起作废。此操作不办理报到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: the badge went to {printer} again, same code. Not checked in by this.</source>
        <translation>{name}：证件已再次发送到 {printer}，证件码不变。此操作不办理报到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🖨  BADGE PRINTED</source>
        <translation>🖨  证件已打印</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>NO PRINTER</source>
        <translation>无打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk has no printer yet: choose one in Desk settings… (Printer).</source>
        <translation>本报到台尚未设置打印机：请在“报到台设置…”（打印机）中选择。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BADGE NOT PRINTED</source>
        <translation>证件未打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a badge…</source>
        <translation>正在打印证件…</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="+169"/>
        <location line="+110"/>
        <location line="+7"/>
        <source>Desk settings</source>
        <translation>报到台设置</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>This desk</source>
        <translation>本报到台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. North entrance 1</source>
        <translation>例如：北门 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk &amp;name:</source>
        <translation>报到台名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check-in made here is recorded with this name, so that the desks can exchange and compare their journals.</source>
        <translation>在此办理的每次报到都会记录此名称，以便各报到台交换和核对报到记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organiser PIN (leaving desk mode)</source>
        <translation>组织方 PIN 码（退出报到台模式）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Current PIN:</source>
        <translation>当前 PIN 码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ew PIN:</source>
        <translation>新 PIN 码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new PIN:</source>
        <translation>再次输入新 PIN 码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>清除 PIN 码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing at this desk</source>
        <translation>本报到台打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: badges are not printed here)</source>
        <translation>（无：本台不打印证件）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge &amp;layout:</source>
        <translation>证件版式(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a badge when its holder is first &amp;admitted</source>
        <translation>持证人首次报到时打印证件(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A PIN is set: leaving desk mode asks for it.</source>
        <translation>已设置 PIN 码：退出报到台模式时需要输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN is set: anyone can leave desk mode. Set 4 to 12 digits.</source>
        <translation>未设置 PIN 码：任何人都可以退出报到台模式。请设置 4 至 12 位数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <location line="+11"/>
        <source>Organiser PIN</source>
        <translation>组织方 PIN 码</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The current PIN is not right. Type the PIN that is set now, or ask the organiser.</source>
        <translation>当前 PIN 码不正确。请输入现在设置的 PIN 码，或联系组织方。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give this desk a name (e.g. “North 1”); check-ins are recorded with it.</source>
        <translation>请为本报到台命名（例如“北门 1”）；报到记录会带上此名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this desk&apos;s printer to print badges when their holders arrive.</source>
        <translation>请选择本报到台的打印机，以便在持证人到达时打印证件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new PIN and its repetition differ; type the same digits twice.</source>
        <translation>两次输入的新 PIN 码不一致；请输入相同的数字。</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/document_dialog.py" line="+59"/>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drawing the first page…</source>
        <translation>正在绘制第一页…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: PDFium is not installed.</source>
        <translation>无预览：未安装 PDFium。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drawing the preview…</source>
        <translation>正在绘制预览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} written to {path}</source>
        <translation>{what}已写入 {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (1 page) written to {path}</source>
        <translation>{what}（1 页）已写入 {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({pages} pages) written to {path}</source>
        <translation>{what}（{pages} 页）已写入 {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sent to the printer {name}.</source>
        <translation>已发送到打印机 {name}。</translation>
    </message>
</context>
<context>
    <name>ElementProperties</name>
    <message>
        <location filename="../../delegations/ui/badges/designer_properties.py" line="+48"/>
        <source>Element properties</source>
        <translation>元素属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>No element selected</source>
        <translation>未选择元素</translation>
    </message>
    <message>
        <location line="-134"/>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;x:</source>
        <translation>x(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;y:</source>
        <translation>y(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+35"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Minimum size:</source>
        <translation>最小字号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. {delegation} · {role}</source>
        <translation>例如 {delegation} · {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no limit)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;nes:</source>
        <translation>行数(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alignment:</source>
        <translation>对齐(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppercase</source>
        <translation>大写(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the role&apos;s &amp;name</source>
        <translation>打印身份名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(always)</source>
        <translation>（始终）</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Only &amp;if it has:</source>
        <translation>仅当有(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if it has n&amp;ot:</source>
        <translation>仅当没有(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pacity:</source>
        <translation>不透明度(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit:</source>
        <translation>适应方式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contain (all of it)</source>
        <translation>完整显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover (fills, cut off)</source>
        <translation>铺满（超出部分裁掉）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> modules</source>
        <translation> 模块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quiet border:</source>
        <translation>静区(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line &amp;thickness:</source>
        <translation>线宽(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace image…</source>
        <translation>更换图片(&amp;R)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text with {placeholders}</source>
        <translation>自由文本（可含 {placeholders}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of text:</source>
        <translation>文本类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour like #1a237e, or “role” for the role&apos;s colour</source>
        <translation>颜色值，如 #1a237e；输入“role”则使用身份颜色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected: {kind}</source>
        <translation>已选：{kind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role band</source>
        <translation>身份色带</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule</source>
        <translation>线条</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element colour</source>
        <translation>元素颜色</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/event_settings.py" line="+47"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event settings</source>
        <translation>活动设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the event and give its dates; you choose where to save it next.</source>
        <translation>请填写活动名称和日期；下一步选择保存位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. China–ASEAN Education Cooperation Week 2025</source>
        <translation>例如：China–ASEAN Education Cooperation Week 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 中国—东盟教育交流周</source>
        <translation>例如：中国—东盟教育交流周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>例如：Asia/Shanghai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda times are in this zone; type a city to find it, e.g. Bangkok.</source>
        <translation>议程时间以此时区为准；输入城市名即可查找，例如 Bangkok。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>场馆(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/exchange_dialog.py" line="+58"/>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desks</source>
        <translation>报到台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted at</source>
        <translation>报到时间</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+146"/>
        <source>Exchange check-ins</source>
        <translation>交换报到记录</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>1. Give this desk&apos;s check-ins to the others</source>
        <translation>1. 将本报到台的报到记录交给其他报到台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a journal file (for example to a USB stick) that the other desks merge. It is signed: an edited or truncated file is refused.</source>
        <translation>写出一个记录文件（例如存到 U 盘），由其他报到台合并。文件带有签名：被修改或不完整的文件将被拒绝。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only check-ins made at this desk ({desk})</source>
        <translation>仅限本报到台（{desk}）办理的报到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off (recommended): everything this copy knows, including what it merged from other desks, so that journals travel on.</source>
        <translation>不勾选（推荐）：导出本机已有的全部记录，包括从其他报到台合并的记录，以便记录继续传递。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to a file…</source>
        <translation>导出到文件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. Take in another desk&apos;s check-ins</source>
        <translation>2. 合并其他报到台的报到记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the same file twice, or files in any order, is safe.</source>
        <translation>同一文件合并两次，或按任意顺序合并文件，都不会出错。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a file…</source>
        <translation>合并文件…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double admissions</source>
        <translation>重复报到</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export check-ins</source>
        <translation>导出报到记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting check-ins…</source>
        <translation>正在导出报到记录…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %Ln check-in entries to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 条报到记录导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge check-ins</source>
        <translation>合并报到记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merging {name}…</source>
        <translation>正在合并 {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging check-ins…</source>
        <translation>正在合并报到记录…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desks in the file: {desks}.</source>
        <translation>文件中的报到台：{desks}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>出现错误：{error}

详细信息见日志文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No one was admitted twice.</source>
        <translation>没有人重复报到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted twice ({n}) — they count once; check these badges:</source>
        <translation>重复报到（{n}）— 只计一次；请核查以下证件：</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../delegations/ui/file_menu.py" line="+85"/>
        <source>&amp;Import registrations…</source>
        <translation>导入注册信息(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export delegates…</source>
        <translation>导出代表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;programme booklet…</source>
        <translation>打印会议手册(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge &amp;layouts…</source>
        <translation>证件版式(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="+363"/>
        <source>Given name first (Western order)</source>
        <translation>名在前（西方顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover.py" line="+37"/>
        <source>Hand over badges…</source>
        <translation>移交证件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the delegation&apos;s liaison officer collected its badges, and print the custody receipt they sign</source>
        <translation>记录代表团联络员已领取本团证件，并打印由其签字的证件签收单</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{delegation} has no delegates yet: add them first.</source>
        <translation>{delegation}还没有代表：请先添加。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../delegations/ui/delegations/handover_dialog.py" line="+74"/>
        <source>Hand over badges — {delegation}</source>
        <translation>移交证件 — {delegation}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Accreditation desk 1</source>
        <translation>例如：制证处 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Collected by:</source>
        <translation>领取人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk:</source>
        <translation>发放处(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt:</source>
        <translation>签收单(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges to hand over</source>
        <translation>待移交的证件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native script</source>
        <translation>本国文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hand over and write receipt</source>
        <translation>移交并生成签收单(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open receipt</source>
        <translation>打开签收单(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the receipt and print it from the viewer</source>
        <translation>查看签收单，并在查看器中打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the receipt on one of the system&apos;s printers</source>
        <translation>用系统中的打印机打印签收单</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {v} issued; not this one</source>
        <translation>已发放第 {v} 版，而非此版</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chosen: {n}</source>
        <translation>已选：{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already issued: {n}</source>
        <translation>已发放：{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet: {n}</source>
        <translation>未打印：{n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the custody receipt</source>
        <translation>保存证件签收单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the receipt…</source>
        <translation>正在生成签收单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the custody receipt…</source>
        <translation>正在生成证件签收单…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges handed to {collector} at {time}: {n}. Receipt saved to {path}.</source>
        <translation>{time} 向{collector}移交证件 {n} 张。签收单已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>Receipt sent to {printer}.</source>
        <translation>签收单已发送到 {printer}。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Custody receipt</source>
        <translation>证件签收单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printing the custody receipt…</source>
        <translation>正在打印证件签收单…</translation>
    </message>
</context>
<context>
    <name>HotelDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-68"/>
        <source>Add hotel</source>
        <translation>添加酒店</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>HotelsWindow</name>
    <message>
        <location filename="../../delegations/ui/hotels/window.py" line="+71"/>
        <source>Hotels and rooming</source>
        <translation>酒店住宿与分房</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add hotel…</source>
        <translation>添加酒店(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move hotel</source>
        <translation>删除酒店(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guest</source>
        <translation>住客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out</source>
        <translation>退房</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrives</source>
        <translation>抵达</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaves</source>
        <translation>离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Blocks</source>
        <translation>预留房</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Night</source>
        <translation>入住日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Room &amp;type…</source>
        <translation>房型(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;block…</source>
        <translation>添加预留房(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bloc&amp;ks</source>
        <translation>删除预留房(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room…</source>
        <translation>分配房间(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected person a room at this hotel.</source>
        <translation>为所选人员分配本酒店的房间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>取消分房(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;delegation…</source>
        <translation>全团分房(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own arran&amp;gements</source>
        <translation>自行安排住宿(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected person with no room needs none: they stay elsewhere.</source>
        <translation>所选的未分房人员无需房间：其另行安排住宿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>导出 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read room n&amp;umbers…</source>
        <translation>读入房号(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the exported .xlsx back once the hotel has filled in its Room column.</source>
        <translation>酒店在导出的 .xlsx 中填好“房号”列后，将其读回。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hotels:</source>
        <translation>酒店(&amp;H)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming &amp;list</source>
        <translation>分房名单(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room types and bl&amp;ocks</source>
        <translation>房型与预留房(&amp;O)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No hotel yet: Add hotel… enters one, then its room types and blocks.</source>
        <translation>尚无酒店：请用“添加酒店…”录入酒店，再录入其房型和预留房。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rooms} rooms, {guests} guests</source>
        <translation>{rooms} 间房，{guests} 位住客</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no number)</source>
        <translation>（无房号）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own dates, not the travel&apos;s</source>
        <translation>单独设定日期，不按抵离日期</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{type} (sleeps {sleeps})</source>
        <translation>{type}（可住 {sleeps} 人）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rooms} rooms, {start} – {end}</source>
        <translation>{rooms} 间房，{start} – {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warnings: {count}</source>
        <translation>提醒：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warnings at this hotel</source>
        <translation>本酒店无提醒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No room: {count}</source>
        <translation>未分房：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who needs a room has one</source>
        <translation>所有需要住宿的人员均已分房</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({delegation}), {start} – {end}</source>
        <translation>{name}（{delegation}），{start} – {end}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hotel {hotel} added.</source>
        <translation>已添加酒店{hotel}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Remove hotel</source>
        <translation>删除酒店</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove {hotel} with its room types, blocks and rooms? Its {count} guests will have no room.</source>
        <translation>删除{hotel}及其房型、预留房和房间？其 {count} 位住客将没有房间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotel {hotel} removed.</source>
        <translation>已删除酒店{hotel}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room type saved.</source>
        <translation>房型已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block added.</source>
        <translation>预留房已添加。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Remove blocks</source>
        <translation>删除预留房</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remove every block of {type} at {hotel}?</source>
        <translation>删除{hotel}的全部{type}预留房？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocks removed: {count}.</source>
        <translation>已删除预留房：{count}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} has a room at {hotel}.</source>
        <translation>已为{name}分配{hotel}的房间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vacate</source>
        <translation>取消分房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no room now.</source>
        <translation>{name}现已无房间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Own arrangements</source>
        <translation>自行安排住宿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} needs no room.</source>
        <translation>{name}无需分房。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{delegation}: {guests} placed in {rooms} rooms.</source>
        <translation>{delegation}：已将 {guests} 人安排入住 {rooms} 间房。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rooming list – {hotel}.xlsx</source>
        <translation>分房名单 – {hotel}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export rooming list</source>
        <translation>导出分房名单</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rooming list written to {path}</source>
        <translation>分房名单已写入 {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Read room numbers</source>
        <translation>读入房号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room numbers entered or changed: {count}.</source>
        <translation>已录入或更改的房号：{count}。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/import_dialog.py" line="+84"/>
        <source>Import registrations — {file}</source>
        <translation>导入注册信息 — {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Rows read from the file</source>
        <translation>从文件读取的行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+77"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows in the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <source>Import valid rows</source>
        <translation>导入有效行</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Add namesakes as other people</source>
        <translation>将同名者作为不同人员添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row whose name matches someone in the same delegation, with no e-mail to tell them apart, is refused. Tick this to add such rows as new people instead.</source>
        <translation>如果某行的姓名与同一代表团中已有人员相同，且没有电子邮箱可以区分，该行将被拒绝。勾选此项则将这些行作为新人员添加。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Updates ({count:,})</source>
        <translation>更新（{count:,}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems ({count:,})</source>
        <translation>问题（{count:,}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  {field}: “{old}” → “{new}”</source>
        <translation>  {field}：“{old}” → “{new}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {name}</source>
        <translation>第 {row} 行 · {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>已读取 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to add</source>
        <translation>新增 {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} to update</source>
        <translation>更新 {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} unchanged</source>
        <translation>不变 {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: </source>
        <translation>{file}：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New delegations: {names}.</source>
        <translation>新代表团：{names}。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) have errors and will not be imported; correct them in the file and import it again to add them.</source>
        <translation>
            <numerusform>%Ln 行有错误，不会导入；请在文件中更正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: the event already has these delegates.</source>
        <translation>无可导入内容：活动中已有这些代表。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+58"/>
        <location line="+63"/>
        <source>Import registrations</source>
        <translation>导入注册信息</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+58"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>出现错误：{error}

详细信息见日志文件。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {error}

Nothing was written; the details are in the log file.</source>
        <translation>出现错误：{error}

未写入任何内容；详细信息见日志文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported {file}: {added:,} added, {updated:,} updated, {unchanged:,} unchanged, {refused:,} refused.</source>
        <translation>已导入 {file}：新增 {added:,}，更新 {updated:,}，不变 {unchanged:,}，拒绝 {refused:,}。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Registrations ({patterns});;All files (*)</source>
        <translation>注册信息 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="+246"/>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/pdf_output.py" line="+124"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>出现错误：{error}。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../delegations/ui/jobs.py" line="+98"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delegations</source>
        <translation>代表团事务管理</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../delegations/ui/language.py" line="+199"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
</context>
<context>
    <name>LayoutDesigner</name>
    <message>
        <location filename="../../delegations/ui/badges/designer.py" line="+115"/>
        <source>Badge layout “{name}” — {title}[*]</source>
        <translation>证件版式“{name}” — {title}[*]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Badge canvas</source>
        <translation>证件画布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab selects the next element; arrows move it 1 mm, Shift+arrows 0.1 mm; Delete removes it.</source>
        <translation>按 Tab 选择下一个元素；方向键每次移动 1 毫米，Shift+方向键每次移动 0.1 毫米；按 Delete 删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design checks</source>
        <translation>设计检查</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The live preview is not available in this version of Delegations.</source>
        <translation>此版本的代表团事务管理不提供实时预览。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete element</source>
        <translation>删除元素(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>实际大小（100%）(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add element</source>
        <translation>添加元素(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text field</source>
        <translation>文本字段(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free text</source>
        <translation>自由文本(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;band</source>
        <translation>身份色带(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code</source>
        <translation>二维码(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Photo</source>
        <translation>照片(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rule</source>
        <translation>线条(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ctangle</source>
        <translation>矩形(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Image…</source>
        <translation>图片(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Layout</source>
        <translation>版式(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designer</source>
        <translation>设计器</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+190"/>
        <source>Add element</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>正反面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All elements</source>
        <translation>全部元素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges with a photo</source>
        <translation>有照片的证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges without a photo</source>
        <translation>无照片的证件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elements shown only with (or without) a photo overlap; show one case</source>
        <translation>仅在有（或无）照片时显示的元素会相互重叠；请选择显示其中一种情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Display:</source>
        <translation>显示(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{label}: x {x} mm, y {y} mm, {w} × {h} mm</source>
        <translation>{label}：x {x} 毫米，y {y} 毫米，{w} × {h} 毫米</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The design checks are not available in this version.</source>
        <translation>此版本不提供设计检查。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move element</source>
        <translation>移动元素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize element</source>
        <translation>调整元素大小</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change {keys}</source>
        <translation>更改 {keys}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete element</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save layout</source>
        <translation>保存版式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the badge layout “{name}”?</source>
        <translation>保存对证件版式“{name}”的更改？</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/layout_panel.py" line="+48"/>
        <source>Set la&amp;yout</source>
        <translation>应用布局(&amp;Y)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hollow square</source>
        <translation>回字形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U-shape</source>
        <translation>U形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theatre rows</source>
        <translation>剧院式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom</source>
        <translation>课桌式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables</source>
        <translation>圆桌式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head table and rows</source>
        <translation>主席台加排座</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation places:</source>
        <translation>代表团席位数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table per place:</source>
        <translation>每席桌前座位数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows behind each place:</source>
        <translation>每席后排排数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the chair:</source>
        <translation>主席位座位数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>排数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per row:</source>
        <translation>每排座位数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle every (seats, 0 = centre):</source>
        <translation>过道间隔（座位数，0 = 居中）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round tables:</source>
        <translation>圆桌数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats per table:</source>
        <translation>每桌座位数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Room:</source>
        <translation>会场(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of layout</source>
        <translation>布局类型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{room} (no layout)</source>
        <translation>{room}（无布局）</translation>
    </message>
</context>
<context>
    <name>LayoutPreview</name>
    <message>
        <location filename="../../delegations/ui/badges/layout_preview.py" line="+90"/>
        <source>Reading the event&apos;s people…</source>
        <translation>正在读取本次活动的人员…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous sample</source>
        <translation>◀ 上一个样例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sample ▶</source>
        <translation>下一个样例 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Longest name</source>
        <translation>最长姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer name</source>
        <translation>高棉文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai name</source>
        <translation>泰文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao name</source>
        <translation>老挝文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar name</source>
        <translation>缅甸文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese name</source>
        <translation>越南文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a photo</source>
        <translation>有照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>无身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example person (the event has nobody yet)</source>
        <translation>示例人员（本次活动尚无人员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role colour: {role}</source>
        <translation>身份颜色：{role}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sample} — {person}</source>
        <translation>{sample} — {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sample</source>
        <translation>无样例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sample} ({number} of {count})</source>
        <translation>{sample}（第 {number} 个，共 {count} 个）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Something went wrong: {error}. The details are in the log file.</source>
        <translation>出现错误：{error}。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/layouts_dialog.py" line="+61"/>
        <location line="+8"/>
        <location line="+41"/>
        <source>Badge layouts</source>
        <translation>证件版式</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The bundled layouts are starting points: duplicate one to make it the event&apos;s own, then edit it. The event&apos;s layouts travel with the event file.</source>
        <translation>内置版式仅作起点：先复制一份，使其成为本次活动自己的版式，再进行编辑。本次活动的版式随活动文件一起保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on</source>
        <translation>打印纸张</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>适用身份</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Duplicate to edit…</source>
        <translation>复制后编辑(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for role…</source>
        <translation>指定给身份(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bundled with Delegations: read-only, duplicate it to edit.</source>
        <translation>代表团事务管理内置版式：只读，复制后方可编辑。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bundled, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this event&apos;s</source>
        <translation>本活动自定义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name}, {kind})</source>
        <translation>{title}（{name}，{kind}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two-sided</source>
        <translation>双面</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>{width:g} × {height:g} mm</source>
        <translation>{width:g} × {height:g} 毫米</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n per page</source>
        <translation>
            <numerusform>每页 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A bundled layout is read-only: duplicate it to edit.</source>
        <translation>内置版式为只读：复制后方可编辑。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{name}” is the event&apos;s own now: Edit… changes it.</source>
        <translation>“{name}”现已是本次活动自己的版式：可通过“编辑…”修改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} badges print with “{layout}”.</source>
        <translation>{role}的证件将按“{layout}”打印。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” written to {path}.</source>
        <translation>“{name}”已写入 {path}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” imported into the event.</source>
        <translation>“{name}”已导入本次活动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” deleted from the event.</source>
        <translation>已从本次活动中删除“{name}”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The layout designer is not part of this version of Delegations yet.</source>
        <translation>此版本的代表团事务管理尚未包含版式设计器。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy (letters, digits, - and _):</source>
        <translation>副本名称（字母、数字、- 和 _）：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is bundled and read-only: Duplicate to edit… makes the event&apos;s own copy.</source>
        <translation>“{name}”为内置只读版式：可通过“复制后编辑…”为本次活动创建副本。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use for role</source>
        <translation>指定给身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the badges of this role with “{layout}”:</source>
        <translation>选择按“{layout}”打印证件的身份：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export badge layout</source>
        <translation>导出证件版式</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import badge layout</source>
        <translation>导入证件版式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete layout</source>
        <translation>删除版式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the layout “{title}” from the event?</source>
        <translation>从本次活动中删除版式“{title}”？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Badge layout (*.json);;All files (*)</source>
        <translation>证件版式 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LegBox</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+51"/>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departure</source>
        <translation>离开</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own leg</source>
        <translation>单独行程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>One of %n legs: the first, the others are kept.</source>
        <translation>
            <numerusform>共 %n 段行程，此处显示第一段，其余各段保留不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>One of %n legs: the last, the others are kept.</source>
        <translation>
            <numerusform>共 %n 段行程，此处显示最后一段，其余各段保留不变。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as</source>
        <translation>同程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>承运方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travels by</source>
        <translation>交通方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>航站楼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Airport or station</source>
        <translation>机场或车站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also on this leg</source>
        <translation>同行人员</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../delegations/ui/main_window.py" line="+118"/>
        <source>&amp;Delegations</source>
        <translation>代表团(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers</source>
        <translation>嘉宾(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda</source>
        <translation>议程(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in</source>
        <translation>报到(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln 个代表团</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln delegate(s)</source>
        <translation>
            <numerusform>%Ln 名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln 位嘉宾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 个场次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open event…</source>
        <translation>打开活动(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a &amp;venue server…</source>
        <translation>连接会场服务器(&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event &amp;settings…</source>
        <translation>活动设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order of prece&amp;dence…</source>
        <translation>礼宾次序(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Seating plans…</source>
        <translation>座次图(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bilateral meetings…</source>
        <translation>双边会见(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement si&amp;gnings…</source>
        <translation>协议签署(&amp;G)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Delegations</source>
        <translation>关于代表团事务管理(&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About Delegations</source>
        <translation>关于代表团事务管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Delegations&lt;/h3&gt;&lt;p&gt;Delegates, badges, check-in and agenda for an international cooperation week.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;代表团事务管理&lt;/h3&gt;&lt;p&gt;面向国际合作交流周的代表、证件、报到和议程管理。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+135"/>
        <source>Open event</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{path} cannot be opened: {reason}.</source>
        <translation>无法打开 {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{event} — offline copy of {server} — Delegations</source>
        <translation>{event} — {server} 的离线副本 — Delegations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{event} — {server} — Delegations</source>
        <translation>{event} — {server} — Delegations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event} — Delegations</source>
        <translation>{event} — 代表团事务管理</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order of precedence saved.</source>
        <translation>礼宾次序已保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event settings saved.</source>
        <translation>活动设置已保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegations event (*.sqlite3);;All files (*)</source>
        <translation>代表团活动文件 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <location line="+13"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{path} already exists. Choose a new name, or open it with File ▸ Open event…</source>
        <translation>{path} 已存在。请另取名称，或用“文件 ▸ 打开活动…”打开它。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent events</source>
        <translation>无最近活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connect to a venue server</source>
        <translation>连接会场服务器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish or cancel the change in progress first.</source>
        <translation>请先完成或取消正在进行的修改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to {path}</source>
        <translation>已将副本保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ManifestPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/transfers/print_dialog.py" line="+34"/>
        <source>Print manifest</source>
        <translation>打印乘车名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the changes since the last print</source>
        <translation>仅打印上次打印以来的变动(&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Manifest – {what}</source>
        <translation>乘车名单 – {what}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-112"/>
        <source>Move the bilateral {title}</source>
        <translation>移动双边会见{title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Room:</source>
        <translation>会场(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wished times:</source>
        <translation>期望时段：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>NameOrderActions</name>
    <message>
        <location filename="../../delegations/ui/delegations/name_order.py" line="+205"/>
        <source>Name order for the whole delegation…</source>
        <translation>全团姓名顺序…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name first, given name first, or as usual in the delegation&apos;s country</source>
        <translation>姓在前、名在前，或按代表团所属国家的习惯</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Name order of {delegation}</source>
        <translation>{delegation}的姓名顺序</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changed the name order of %Ln member(s) of {delegation}.</source>
        <translation>
            <numerusform>已更改{delegation} %Ln 名成员的姓名顺序。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>NameOrderDialog</name>
    <message>
        <location line="-232"/>
        <source>Name order for the whole delegation</source>
        <translation>全团姓名顺序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In which order are the names of {delegation} written?</source>
        <translation>{delegation} 成员的姓名按什么顺序书写？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Family name first (“Bai Zhen”, “Nguyễn Thị Phương”)</source>
        <translation>姓在前（“Bai Zhen”、“Nguyễn Thị Phương”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name first (“Somchai Srisuk”, “Farah binti Ahmad”)</source>
        <translation>名在前（“Somchai Srisuk”、“Farah binti Ahmad”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By country: as people in {country} usually write their names</source>
        <translation>按国家：按 {country} 的习惯写法</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Change %Ln name(s)</source>
        <translation>
            <numerusform>更改 %Ln 个姓名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every member&apos;s name is already in this order.</source>
        <translation>所有成员的姓名都已是此顺序。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more:,} more</source>
        <translation>另有 {more:,} 人</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %Ln member(s)</source>
        <translation>
            <numerusform>%Ln 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln {of_members} change(s):</source>
        <translation>
            <numerusform>{of_members}中有 %Ln 人将更改：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-192"/>
        <source>Organiser PIN</source>
        <translation>组织方 PIN 码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk mode locks this window on the check-in. Choose the organiser PIN (4 to 12 digits) that will be needed to leave it.</source>
        <translation>报到台模式会将本窗口锁定在报到界面。请设置退出时所需的组织方 PIN 码（4 至 12 位数字）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New PIN:</source>
        <translation>新 PIN 码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN and its repetition differ; type the same digits twice.</source>
        <translation>两次输入的 PIN 码不一致；请输入相同的数字。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../delegations/ui/dialogs/form.py" line="-80"/>
        <source>Known</source>
        <translation>已定</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="-192"/>
        <source>Party</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;party</source>
        <translation>添加签约方(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location line="-61"/>
        <source>Institution or company</source>
        <translation>机构或企业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country not known</source>
        <translation>国家不详</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory: type to search</source>
        <translation>签字人：输入以搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of party</source>
        <translation>签约方类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of the party</source>
        <translation>签约方所属国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the party</source>
        <translation>移除该签约方</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/settings_dialog.py" line="-69"/>
        <source>Organiser PIN</source>
        <translation>组织方 PIN 码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the organiser PIN to leave desk mode.</source>
        <translation>请输入组织方 PIN 码以退出报到台模式。</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="+167"/>
        <source>Place a delegation at {hotel}</source>
        <translation>在{hotel}为代表团分房</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room type:</source>
        <translation>房型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per room:</source>
        <translation>每间人数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../delegations/ui/models/import_preview.py" line="-122"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as shown</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in the order it will be shown and printed.</source>
        <translation>按显示和打印顺序排列的姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{header}” is not a column the import knows; it is not imported.</source>
        <translation>“{header}”不是可识别的导入列，不会导入。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as the file says</source>
        <translation>按文件所写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{order}: {reason}. Change it later in the delegate&apos;s form, or for the whole delegation.</source>
        <translation>{order}：{reason}。之后可在代表信息表中修改，或为全团统一修改。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/print_preview.py" line="+99"/>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln page(s), {paper}, printed at 100 % on paper of the same size.</source>
        <translation>
            <numerusform>%Ln 页，{paper}，按 100% 比例打印在同尺寸纸张上。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../delegations/ui/printing.py" line="-450"/>
        <source>Two-sided printing</source>
        <translation>双面打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{printer}” has no two-sided printing: the backs will come out as separate pages.</source>
        <translation>“{printer}”不支持双面打印：背面将作为单独页面打印。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Printing {title}…</source>
        <translation>正在打印{title}…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing cancelled: nothing was printed or logged.</source>
        <translation>打印已取消：未打印，也未记录。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reprint badge</source>
        <translation>补打证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does {name} need another badge?</source>
        <translation>{name}为什么需要再制一张证件？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lost badge gets a new code: the lost one is refused from now on. A damaged badge is printed again with the same code. Nobody is checked in by this.</source>
        <translation>遗失补办的证件使用新证件码，遗失的证件从现在起作废。损坏的证件按原证件码重新打印。此操作不办理报到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lost: new code</source>
        <translation>遗失：新证件码(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Damaged: same code</source>
        <translation>损坏：原证件码(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="+100"/>
        <source>Errata since version {number}</source>
        <translation>自第 {number} 版以来的勘误</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+21"/>
        <source>Print errata</source>
        <translation>打印勘误表</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The errata (%Ln change(s)) are in {path}.</source>
        <translation>
            <numerusform>勘误表（%Ln 处变更）已保存在 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+34"/>
        <source>Printing errata…</source>
        <translation>正在打印勘误表…</translation>
    </message>
</context>
<context>
    <name>ProtocolDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/protocol_dialog.py" line="+75"/>
        <source>Order of precedence</source>
        <translation>礼宾次序</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of &amp;precedence</source>
        <translation>礼宾次序(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;ks</source>
        <translation>级别(&amp;K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ASEAN order (member states alphabetically)</source>
        <translation>东盟次序（成员国按字母顺序排列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-made order</source>
        <translation>手动排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ASEAN Charter, Art. 31: the member states in the alphabetical order of their English names; the host and dialogue partners where you place them.</source>
        <translation>《东盟宪章》第三十一条：成员国按其英文国名的字母顺序排列；东道国和对话伙伴排在您指定的位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ule:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host country:</source>
        <translation>东道国(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s p&amp;lace:</source>
        <translation>东道国位次(&amp;L)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dialogue partners</source>
        <translation>对话伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dialogue partners:</source>
        <translation>对话伙伴(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partners&apos; pla&amp;ce:</source>
        <translation>对话伙伴位次(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The resulting order</source>
        <translation>排序结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected delegation.</source>
        <translation>按 Alt+上箭头或 Alt+下箭头移动所选代表团。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+132"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Alt+Up; the order becomes hand-made</source>
        <translation>Alt+上箭头；排序随即改为手动排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down; the order becomes hand-made</source>
        <translation>Alt+下箭头；排序随即改为手动排序</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;resulting order:</source>
        <translation>排序结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>First</source>
        <translation>首位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>末位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the chair (listed first)</source>
        <translation>担任主席（列于首位）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{delegation}  (at the chair)</source>
        <translation>{delegation}  （担任主席）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks, highest first</source>
        <translation>级别（由高到低）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Up and Alt+Down move the selected rank.</source>
        <translation>按 Alt+上箭头或 Alt+下箭头移动所选级别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add rank</source>
        <translation>添加级别(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highest first. Within a delegation the head comes first, then members by rank, then by name.</source>
        <translation>由高到低排列。同一代表团内，团长居首，其余成员先按级别、再按姓名排列。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delegates with the rank “{rank}” ({count}) will have no rank after OK.</source>
        <translation>级别为“{rank}”的代表（{count} 名）在点击“确定”后将不再有级别。</translation>
    </message>
</context>
<context>
    <name>PublishVersionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/versions.py" line="-268"/>
        <source>Publish programme version</source>
        <translation>发布议程版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda as it stands becomes programme version {number}. Later changes are listed against it in Agenda ▸ Changes since a version…, the basis of an errata sheet.</source>
        <translation>当前议程将成为第 {number} 版。此后的变更会在“议程 ▸ 自某版本以来的变更…”中对照此版列出，作为勘误表的依据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last published: {label}.</source>
        <translation>上次发布：{label}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. sent to the printer, 12 July</source>
        <translation>例如：7 月 12 日送印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <location filename="../../delegations/ui/seating/quota_panel.py" line="+64"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the table</source>
        <translation>桌前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind</source>
        <translation>后排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats held</source>
        <translation>已分配座位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seat quotas</source>
        <translation>座位配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats at the table and behind for each delegation</source>
        <translation>各代表团桌前和后排的座位数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone at the table</source>
        <translation>全体桌前座位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone behind</source>
        <translation>全体后排座位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give everyone</source>
        <translation>统一设为(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host&apos;s place</source>
        <translation>东道国位次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat &amp;automatically</source>
        <translation>自动排座(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at the table,</source>
        <translation>桌前，</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>behind</source>
        <translation>后排</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The host&apos;s pla&amp;ce:</source>
        <translation>东道国位次(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in order</source>
        <translation>按次序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beside the chair</source>
        <translation>紧邻主席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposite the chair</source>
        <translation>主席对面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the order of precedence says ({where})</source>
        <translation>按礼宾次序规则（{where}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order</source>
        <translation>按次序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beside the chair</source>
        <translation>紧邻主席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposite the chair</source>
        <translation>主席对面</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} + {behind}</source>
        <translation>{table} + {behind}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More seats than the quota</source>
        <translation>座位数超出配额</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at the table</source>
        <translation>桌前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{delegation}, seats {what}: “{text}” is not a whole number.</source>
        <translation>{delegation}，{what}座位数：“{text}”不是整数。</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="+23"/>
        <source>Reprint badge</source>
        <translation>补打证件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint the same badge</source>
        <translation>重新打印同一证件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was damaged, misprinted or left behind. The code on the old badge stays valid.</source>
        <translation>证件损坏、打印有误或未带。旧证件上的证件码仍然有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge was lost — print a new one</source>
        <translation>证件遗失 — 打印新证件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge gets a new code; the lost badge will be refused at check-in.</source>
        <translation>新证件使用新的证件码；遗失的证件在报到时将被拒绝。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badge has been printed for this person yet; this will be their first badge.</source>
        <translation>此人尚未打印过证件；这将是其第一张证件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is the badge printed again?</source>
        <translation>为什么要重新打印证件？</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Badge {name} {layout}</source>
        <translation>证件 {name} {layout}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../delegations/ui/bilaterals/dialogs.py" line="-237"/>
        <source>Edit bilateral request</source>
        <translation>编辑双边会见申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bilateral request</source>
        <translation>新建双边会见申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a &amp;delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an or&amp;ganisation:</source>
        <translation>组织(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ASEAN Secretariat</source>
        <translation>例如：东盟秘书处</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick who takes part; none ticked: the heads of delegation.</source>
        <translation>勾选参加人员；如均未勾选，则由各方代表团团长参加。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add time</source>
        <translation>添加时段(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>删除时段(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. en, zh</source>
        <translation>例如：en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language codes, separated by commas.</source>
        <translation>语言代码，以英文逗号分隔。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>D&amp;elegation:</source>
        <translation>代表团(&amp;E)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meets:</source>
        <translation>会见对象：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>参加人员(&amp;P)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Wished times:</source>
        <translation>期望时段(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpretation:</source>
        <translation>翻译(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (head of delegation)</source>
        <translation>（代表团团长）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The wished time {day} {start}–{end} ends before it starts.</source>
        <translation>期望时段 {day} {start}–{end} 的结束时间早于开始时间。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/restore_dialog.py" line="+39"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backups are made when the event is opened and every 10 minutes while it changes; the last 20 are kept. Restoring replaces the event with the backup; the current state is backed up first, so you can go back.</source>
        <translation>打开活动时以及活动有改动期间每 10 分钟备份一次，保留最近 20 份。恢复会用备份替换当前活动；恢复前会先备份当前状态，因此可以撤回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no backups of this event yet. One is made shortly after the event is opened.</source>
        <translation>此活动还没有备份。打开活动后不久会生成第一份备份。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the event with the backup of {time}? Changes made since then are set aside in a new backup.</source>
        <translation>用 {time} 的备份替换当前活动？此后所做的更改会另存为一份新备份。</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../delegations/ui/checkin/card.py" line="+95"/>
        <source>Check-in result</source>
        <translation>报到结果</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reprint lost badge…</source>
        <translation>补打遗失证件…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>请扫描证件，或输入姓名后按 Enter 键。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>✔  ADMITTED</source>
        <translation>✔  报到成功</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ALREADY CHECKED IN</source>
        <translation>已报到过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at desk {desk}</source>
        <translation>在报到台 {desk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unnamed desk</source>
        <translation>在未命名的报到台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked in at {time} {where}. Do not admit twice.</source>
        <translation>已于 {time} {where}报到。请勿重复放行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖  REFUSED</source>
        <translation>✖  拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}
Do not admit with this badge. Check the person&apos;s ID and find them by name.</source>
        <translation>{reason}
请勿凭此证件放行。请核对本人身份证件，并按姓名查找。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This badge (version {scanned}) was replaced by version {current}; the old badge was reported lost.</source>
        <translation>此证件（第 {scanned} 版）已被第 {current} 版取代；旧证件已挂失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge&apos;s delegate no longer exists.</source>
        <translation>此证件对应的代表已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{detail}.</source>
        <translation>{detail}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NOTE: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESS: {text}</source>
        <translation>无障碍：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIETARY: {text}</source>
        <translation>饮食：{text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head of delegation · {here} of {total} members checked in</source>
        <translation>代表团团长 · 已报到 {here} / {total} 名成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit the whole delegation ({n} waiting)</source>
        <translation>全团报到（{n} 人未到）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{hotel}, room {room}</source>
        <translation>{hotel}，{room} 号房</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hotel: {hotel}</source>
        <translation>酒店：{hotel}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leaves: {number}, {when}{where}</source>
        <translation>离开：{number}，{when}{where}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+33"/>
        <source>Add room</source>
        <translation>添加会场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit room</source>
        <translation>编辑会场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>容纳人数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>RoomTypeDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/dialogs.py" line="-163"/>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Room type:</source>
        <translation>房型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sleeps:</source>
        <translation>可住人数(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>RoomingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/hotels/print_dialog.py" line="+24"/>
        <source>Print rooming list</source>
        <translation>打印分房名单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hotel:</source>
        <translation>酒店(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rooming list – {hotel}</source>
        <translation>分房名单 – {hotel}</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/rooms.py" line="+29"/>
        <location line="+4"/>
        <source>Rooms</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln 个座位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete room</source>
        <translation>删除会场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the room “{name}”? Its sessions stay in the agenda without a room.</source>
        <translation>删除会场“{name}”？其场次仍保留在议程中，但不再指定会场。</translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <location filename="../../delegations/ui/save_elsewhere.py" line="+48"/>
        <source>Choose another place…</source>
        <translation>选择其他位置…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../delegations/ui/checkin/hits.py" line="+175"/>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No one matches “{text}”.</source>
        <translation>没有与“{text}”匹配的人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} found — ↑ ↓ to choose, Enter to admit</source>
        <translation>找到 {total} 人 — 用 ↑ ↓ 选择，按 Enter 报到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best {shown} of {total} found — keep typing to narrow</source>
        <translation>找到 {total} 人，显示最匹配的 {shown} 人 — 继续输入以缩小范围</translation>
    </message>
</context>
<context>
    <name>SeatingPrintDialog</name>
    <message>
        <location filename="../../delegations/ui/seating/print_dialog.py" line="+27"/>
        <source>Print seating</source>
        <translation>打印座次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seating &amp;chart</source>
        <translation>座次图(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name plates (one per seat at the table)</source>
        <translation>桌签（桌前每个座位一张）(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the person&apos;s na&amp;me</source>
        <translation>印上姓名(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seating chart – {session}</source>
        <translation>座次图 – {session}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name plates – {session}</source>
        <translation>桌签 – {session}</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <location filename="../../delegations/ui/seating/window.py" line="+96"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Seating plans</source>
        <translation>座次图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Seating plan</source>
        <translation>座次图</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Drag a seat onto another to swap them; its context menu gives or frees it</source>
        <translation>将一个座位拖到另一个座位上即可互换；在座位的右键菜单中可分配或腾空该座位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quotas</source>
        <translation>配额(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room &amp;layout</source>
        <translation>会场布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap with seat</source>
        <translation>与之互换的座位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>互换(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or &amp;free…</source>
        <translation>分配或腾空(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or free the seat typed</source>
        <translation>分配或腾空所输入的座位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seat&apos;s menu, as a right click on it opens</source>
        <translation>座位菜单，与右键单击座位时打开的菜单相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Session:</source>
        <translation>场次(&amp;S)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;eat:</source>
        <translation>座位(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wit&amp;h:</source>
        <translation>与(&amp;H)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No session is in a room with a seat layout yet: give a room one in Room layout.</source>
        <translation>还没有场次安排在设有座位布局的会场：请先在“会场布局”中为会场设置布局。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room layout</source>
        <translation>会场布局</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout of {room} saved: {seats} seats for delegations.</source>
        <translation>{room}的布局已保存：代表团座位 {seats} 个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its plan was seated again.</source>
        <translation>其座次图已重新排座。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} plans were seated again.</source>
        <translation>已重新排座 {count} 个座次图。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat automatically</source>
        <translation>自动排座</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seated automatically: {count} seats given.</source>
        <translation>已自动排座：分配座位 {count} 个。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no seat “{seat}” in this plan.</source>
        <translation>本座次图中没有座位“{seat}”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Give seat {seat} to</source>
        <translation>将座位 {seat} 分配给(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{delegation} (nobody named)</source>
        <translation>{delegation}（不指定人员）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Seat in {seat}</source>
        <translation>改由其他成员就座 {seat}(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Free seat {seat}</source>
        <translation>腾空座位 {seat}(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seat {seat} given.</source>
        <translation>座位 {seat} 已分配。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seat {seat} is free.</source>
        <translation>座位 {seat} 已腾空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another member sits in {seat}.</source>
        <translation>座位 {seat} 已改由另一名成员就座。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Seats {first} and {second} swapped.</source>
        <translation>座位 {first} 与 {second} 已互换。</translation>
    </message>
</context>
<context>
    <name>SecondFolderDialog</name>
    <message>
        <location filename="../../delegations/ui/dialogs/backup_folder.py" line="+32"/>
        <location line="+48"/>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Each backup of the event is also copied to this folder, for example on a USB stick, so that a lost or broken laptop does not take the backups with it. The folder is set for this computer.</source>
        <translation>活动的每个备份也会复制到此文件夹（例如 U 盘），这样即使笔记本电脑丢失或损坏，备份也不会随之丢失。此文件夹仅对本计算机有效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;nowhere else</source>
        <translation>不复制到其他位置(&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No second folder: backups are kept on this computer only.</source>
        <translation>未设置第二文件夹：备份仅保存在本计算机上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} — not there now (is the USB stick plugged in?)</source>
        <translation>{folder} — 当前不可用（U 盘是否已插入？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups are also copied to {folder}.</source>
        <translation>备份也会复制到 {folder}。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../delegations/ui/agenda/dialogs.py" line="+37"/>
        <source>Opening ceremony</source>
        <translation>开幕式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plenary</source>
        <translation>全体大会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing ceremony</source>
        <translation>签约仪式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>实地考察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>双边会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break or meal</source>
        <translation>茶歇或用餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>主旨发言人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>对话嘉宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>对话主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title (English):</source>
        <translation>标题（英文）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title (&amp;Chinese):</source>
        <translation>标题（中文）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no room)</source>
        <translation>（无会场）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>会场(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no chair)</source>
        <translation>（无主持人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hair:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers of the session</source>
        <translation>本场次嘉宾</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter speakers</source>
        <translation>筛选嘉宾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role of the selected speaker in this session</source>
        <translation>所选嘉宾在本场次中的角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;peakers:</source>
        <translation>嘉宾(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descr&amp;iption:</source>
        <translation>简介(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../delegations/ui/agenda/session_list.py" line="+40"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair: {name}</source>
        <translation>主持人：{name}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../delegations/ui/checkin/desk_bar.py" line="+22"/>
        <source>Name this desk</source>
        <translation>为本报到台命名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each check-in is recorded with the desk&apos;s name, so that desks can exchange their journals. Use a short name staff will recognise, such as “North 1”.</source>
        <translation>每次报到都会记录报到台名称，以便各报到台交换报到记录。请使用工作人员易于识别的简短名称，例如“北门 1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>报到台名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start checking in</source>
        <translation>开始报到</translation>
    </message>
</context>
<context>
    <name>SigningsWindow</name>
    <message>
        <location filename="../../delegations/ui/signings/window.py" line="+47"/>
        <source>Agreement signings</source>
        <translation>协议签署</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese title</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>签约方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories (seat)</source>
        <translation>签字人（座位）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New agreement…</source>
        <translation>新建协议(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit agreement…</source>
        <translation>编辑协议(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>删除协议(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;ceremony…</source>
        <translation>新建签约仪式(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cere&amp;mony…</source>
        <translation>编辑签约仪式(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve ceremony</source>
        <translation>删除签约仪式(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Register of agreements (all)</source>
        <translation>协议清单（全部）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Agreement saved.</source>
        <translation>协议已保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove agreement</source>
        <translation>删除协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from the register?</source>
        <translation>从协议清单中删除“{title}”？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement removed.</source>
        <translation>协议已删除。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ceremony saved.</source>
        <translation>签约仪式已保存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove ceremony</source>
        <translation>删除签约仪式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the ceremony “{title}”? Its agreements stay in the register, at no ceremony.</source>
        <translation>删除签约仪式“{title}”？其协议仍保留在协议清单中，不再归属任何仪式。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ceremony removed.</source>
        <translation>签约仪式已删除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Running order saved.</source>
        <translation>签署顺序已保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written to {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>SpeakerSessions</name>
    <message>
        <location filename="../../delegations/ui/speakers/sessions.py" line="+49"/>
        <source>The speaker&apos;s sessions</source>
        <translation>该嘉宾的场次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to session…</source>
        <translation>加入场次…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Remove from session</source>
        <translation>移出场次</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — {count}</source>
        <translation>&lt;b&gt;场次&lt;/b&gt; — {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Sessions&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;场次&lt;/b&gt; — 暂无</translation>
    </message>
</context>
<context>
    <name>SpeakersTab</name>
    <message>
        <location filename="../../delegations/ui/speakers/tab.py" line="+104"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter speakers  (Ctrl+F)</source>
        <translation>筛选嘉宾  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+248"/>
        <source>New speaker</source>
        <translation>新建嘉宾</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Speakers</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. H.E., Dr, Prof.</source>
        <translation>例如：H.E.、Dr、Prof.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a delegate&apos;s name</source>
        <translation>输入代表姓名的一部分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker&apos;s own delegate record, if they are a delegate: their arrival and departure are then checked against their sessions.</source>
        <translation>如嘉宾本人也是代表，则为其代表记录：系统会据此核对其抵离时间与所参加场次是否冲突。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short biography for the programme booklet.</source>
        <translation>用于会议手册的简短个人介绍。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hono&amp;rific:</source>
        <translation>尊称(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;iven name:</source>
        <translation>名(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Native script:</source>
        <translation>本国文字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Famil&amp;y name:</source>
        <translation>姓(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me order:</source>
        <translation>姓名顺序(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate record:</source>
        <translation>代表记录(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the speaker ({keys})</source>
        <translation>保存嘉宾（{keys}）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Biography:</source>
        <translation>个人简介(&amp;B)：</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Showing {shown} of %Ln speaker(s)</source>
        <translation>
            <numerusform>显示 {shown} / %Ln 位嘉宾</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this speaker?</source>
        <translation>保存对该嘉宾的更改？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No speaker selected</source>
        <translation>未选择嘉宾</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Choose photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not an image Delegations can read; choose a JPEG or PNG.</source>
        <translation>{path} 不是本程序可读取的图像；请选择 JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp);;All files (*)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.webp *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>Delete speaker</source>
        <translation>删除嘉宾</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the speaker “{name}”? They are also removed from their sessions.</source>
        <translation>删除嘉宾“{name}”？该嘉宾也将从其参加的场次中移除。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not a delegate)</source>
        <translation>（非代表）</translation>
    </message>
</context>
<context>
    <name>TransfersWindow</name>
    <message>
        <location filename="../../delegations/ui/transfers/window.py" line="+64"/>
        <source>Transfers and manifests</source>
        <translation>接送机与乘车名单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals</source>
        <translation>接机/接站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departures</source>
        <translation>送机/送站</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicles and passengers</source>
        <translation>车辆和乘客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle or passenger</source>
        <translation>车辆或乘客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flight or train</source>
        <translation>航班号/车次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting point</source>
        <translation>集合点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeter</source>
        <translation>接机员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last print</source>
        <translation>上次打印以来的变动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport .xlsx…</source>
        <translation>导出 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Window (minutes):</source>
        <translation>拼车时段（分钟）(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vehicles (kind=seats):</source>
        <translation>车辆（车型=座位数）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;flight:</source>
        <translation>提前接人（航班）(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;train:</source>
        <translation>提前接人（火车）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick-up before a &amp;car:</source>
        <translation>提前接人（汽车）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting points:</source>
        <translation>集合点(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Greeters:</source>
        <translation>接机员(&amp;G)：</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{vehicles} vehicles, {people} people</source>
        <translation>{vehicles} 辆车，{people} 人</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not printed yet.</source>
        <translation>尚未打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the print of {when}: {count}</source>
        <translation>自 {when} 打印以来的变动：{count}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Transfer settings saved.</source>
        <translation>接送设置已保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest – {what}.xlsx</source>
        <translation>乘车名单 – {what}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Export manifest</source>
        <translation>导出乘车名单</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Manifest written to {path}</source>
        <translation>乘车名单已写入 {path}</translation>
    </message>
</context>
<context>
    <name>TravelActions</name>
    <message>
        <location filename="../../delegations/ui/travel/actions.py" line="+35"/>
        <source>Travel…</source>
        <translation>抵离行程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure of the selected delegate, and who travels with them</source>
        <translation>所选代表的抵离行程及同行人员</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travel</source>
        <translation>抵离行程</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../../delegations/ui/travel/dialog.py" line="+95"/>
        <source>Travel: {name}</source>
        <translation>抵离行程：{name}</translation>
    </message>
</context>
<context>
    <name>TravelMenu</name>
    <message>
        <location filename="../../delegations/ui/travel_menu.py" line="+25"/>
        <source>&amp;Travel</source>
        <translation>接待(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hotels and rooming…</source>
        <translation>酒店住宿与分房(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transfers and manifests…</source>
        <translation>接送机与乘车名单(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../delegations/ui/errors.py" line="+58"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details are in the log file &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;; please attach it (or paste the details) to your report.</source>
        <translation>详细信息见日志文件 &lt;a href=&apos;folder&apos;&gt;{path}&lt;/a&gt;；报告问题时请附上该文件（或粘贴详细信息）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Copies what went wrong, with the versions, for a bug report</source>
        <translation>复制错误信息及版本号，用于提交问题报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;details</source>
        <translation>显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Something went wrong that is not your doing: {error}

Your event file is safe: every change is saved as you make it. You can go on working.</source>
        <translation>出现了一个并非由您的操作引起的错误：{error}

活动文件是安全的：每次更改都会即时保存。您可以继续工作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Errors in all: {count}. The last: {error}</source>
        <translation>共 {count} 个错误。最近一个：{error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Delegations could not open its window: {error}

Your event file is safe. Please send the details to whoever looks after Delegations.</source>
        <translation>代表团事务管理无法打开窗口：{error}

您的活动文件是安全的。请将详细信息发给负责维护本程序的人员。</translation>
    </message>
</context>
<context>
    <name>VenueStatus</name>
    <message>
        <location filename="../../delegations/ui/checkin/venue_watch.py" line="+95"/>
        <source>Venue server status</source>
        <translation>会场服务器状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue server: connecting…</source>
        <translation>会场服务器：正在连接…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Offline — admitting on this laptop; %n admission(s) to send</source>
        <translation>
            <numerusform>离线 — 在本机办理报到；%n 条报到记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The venue server does not answer. Admissions are saved on this laptop and sent when it answers again.</source>
        <translation>会场服务器无响应。报到记录先保存在本机，服务器恢复响应后自动发送。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back online — %n sent</source>
        <translation>
            <numerusform>已恢复在线 — 已发送 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n admitted twice</source>
        <translation>
            <numerusform>，%n 人重复报到</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue server: online</source>
        <translation>会场服务器：在线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline copy — admitting on this laptop; sent when you connect again</source>
        <translation>离线副本 — 在本机办理报到；再次连接后发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The venue server did not answer, so this desk opened its own copy of the event. Connect to the server again (File ▸ Connect to a venue server…) to send what is admitted here.</source>
        <translation>会场服务器无响应，本报到台已打开本机保存的活动副本。请再次连接服务器（文件 ▸ 连接会场服务器…）以发送在此办理的报到。</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../delegations/ui/checkin/walk_in_dialog.py" line="+33"/>
        <source>Walk-in</source>
        <translation>现场注册</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;own script:</source>
        <translation>本国文字姓名(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>身份(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add, &amp;print and admit</source>
        <translation>登记、打印并报到(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone who is not registered: they are added to the delegation, their badge prints on this desk&apos;s printer and they are checked in.</source>
        <translation>未注册人员：将其加入代表团，用本报到台的打印机打印证件，并办理报到。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event has no delegation yet: add one first.</source>
        <translation>活动中还没有代表团：请先添加。</translation>
    </message>
</context>
<context>
    <name>WitnessesEditor</name>
    <message>
        <location filename="../../delegations/ui/signings/dialogs.py" line="+100"/>
        <source>Witness: type to search</source>
        <translation>见证人：输入以搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness to add</source>
        <translation>要添加的见证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add witness</source>
        <translation>添加见证人(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve witness</source>
        <translation>移除见证人(&amp;V)</translation>
    </message>
</context>
<context>
    <name>_PrintDialog</name>
    <message>
        <location filename="../../delegations/ui/badges/dialogs.py" line="-531"/>
        <source>Family name in capitals</source>
        <translation>姓氏大写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print “BAI Zhen”, “Somchai SRISUK”: the family name in capitals, so that nobody can mistake which part of a name it is.</source>
        <translation>打印为“BAI Zhen”、“Somchai SRISUK”：姓氏全部大写，以免混淆姓和名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a system printer, at the layout&apos;s page size and 100 % scale.</source>
        <translation>用系统打印机按版式的页面尺寸以 100% 比例打印。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each person&apos;s role layout</source>
        <translation>按各人身份的版式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person gets the layout of their role (Badge layouts… ▸ Use for role…), the default layout if their role has none.</source>
        <translation>每人使用其身份对应的版式（证件版式… ▸ 指定给身份…）；若其身份未指定版式，则使用默认版式。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print badges to PDF</source>
        <translation>将证件打印为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Printing badges…</source>
        <translation>正在打印证件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing cancelled; no file was written, nothing logged.</source>
        <translation>打印已取消；未写入文件，也未记录。</translation>
    </message>
</context>
</TS>
