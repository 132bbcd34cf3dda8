<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CameraPopup</name>
    <message>
        <location filename="../qml/CameraPopup.qml" line="61" />
        <source>Simulated camera: tap Take photo.</source>
        <translation>模拟相机：点“拍照”。</translation>
    </message>
    <message>
        <location filename="../qml/CameraPopup.qml" line="61" />
        <source>This phone has no camera. Choose a picture instead.</source>
        <translation>这部手机没有相机，请从相册选一张照片。</translation>
    </message>
    <message>
        <location filename="../qml/CameraPopup.qml" line="73" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/CameraPopup.qml" line="80" />
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../qml/CameraPopup.qml" line="90" />
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <location filename="../qml/CameraPopup.qml" line="96" />
        <source>Use photo</source>
        <translation>用这张</translation>
    </message>
</context>
<context>
    <name>ChoiceChip</name>
    <message>
        <location filename="../qml/ChoiceChip.qml" line="11" />
        <source>Selected: </source>
        <translation>已选：</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="10" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="34" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../qml/DiaryPage.qml" line="43" />
        <source>What did residents say today? What did you notice?</source>
        <translation>今天群众说了什么？您注意到了什么？</translation>
    </message>
    <message>
        <location filename="../qml/DiaryPage.qml" line="43" />
        <source>What did residents say today?</source>
        <translation>今天群众说了什么？</translation>
    </message>
    <message>
        <location filename="../qml/DiaryPage.qml" line="51" />
        <source>Save entry</source>
        <translation>保存日记</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <location filename="../qml/DuePage.qml" line="29" />
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../qml/DuePage.qml" line="30" />
        <source>%1 overdue</source>
        <translation>%1 户逾期</translation>
    </message>
    <message>
        <location filename="../qml/DuePage.qml" line="30" />
        <location filename="../qml/DuePage.qml" line="47" />
        <source>%1 due</source>
        <translation>%1 户到期</translation>
    </message>
    <message>
        <location filename="../qml/DuePage.qml" line="33" />
        <source>No follow-up visits due today</source>
        <translation>今天没有到期的随访</translation>
    </message>
    <message>
        <location filename="../qml/DuePage.qml" line="46" />
        <source>Tasks due</source>
        <translation>到期任务</translation>
    </message>
    <message>
        <location filename="../qml/DuePage.qml" line="50" />
        <source>No tasks due today</source>
        <translation>今天没有到期的任务</translation>
    </message>
    <message>
        <location filename="../qml/DuePage.qml" line="59" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>DueVisitDelegate</name>
    <message>
        <location filename="../qml/DueVisitDelegate.qml" line="18" />
        <source>，%1 days late</source>
        <translation>，逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../qml/DueVisitDelegate.qml" line="40" />
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../qml/DueVisitDelegate.qml" line="40" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>ElderHomePage</name>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="16" />
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="57" />
        <source>Due today: %1</source>
        <translation>今天要办 %1 件</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="68" />
        <source>%1 follow-up visits (%2 overdue), %3 tasks</source>
        <translation>回访 %1 户（逾期 %2 户），任务 %3 件</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="69" />
        <source>Nothing due today</source>
        <translation>今天没有要办的事</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="80" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="80" />
        <source>%1 households to visit</source>
        <translation>%1 户待走访</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="80" />
        <source>Visit a household</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="81" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="81" />
        <source>Patrolling now</source>
        <translation>正在巡查</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="81" />
        <source>Walk the grid</source>
        <translation>巡查网格</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="82" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="82" />
        <source>Found a problem</source>
        <translation>发现问题就报</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="120" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../qml/EnrollPage.qml" line="18" />
        <source>网格通</source>
        <translation>网格通</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="34" />
        <source>Bigger text and buttons (elder mode)</source>
        <translation>大字大按钮（长辈模式）</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="40" />
        <source>Elder mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="50" />
        <source>Enter the server address and the enrollment code you got from the township office.</source>
        <translation>请输入街道指挥室提供的服务器地址和注册码。</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="58" />
        <source>This build has no network sync, so it cannot connect to a server.</source>
        <translation>此版本不含网络同步，无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="62" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="63" />
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="78" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="78" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="86" />
        <source>Try it with demo data on this phone</source>
        <translation>先用演示数据试一试</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="95" />
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>HouseholdDelegate</name>
    <message>
        <location filename="../qml/HouseholdDelegate.qml" line="42" />
        <source> · matched %1</source>
        <translation> · 匹配 %1</translation>
    </message>
</context>
<context>
    <name>HouseholdEditorPage</name>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="60" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="63" />
        <source>Address (required)</source>
        <translation>地址（必填）</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="64" />
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="65" />
        <location filename="../qml/HouseholdEditorPage.qml" line="145" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="66" />
        <location filename="../qml/HouseholdEditorPage.qml" line="71" />
        <source>Kind</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="76" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="88" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="97" />
        <location filename="../qml/HouseholdEditorPage.qml" line="165" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="103" />
        <location filename="../qml/HouseholdEditorPage.qml" line="159" />
        <source>Moved back in</source>
        <translation>迁回</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="103" />
        <location filename="../qml/HouseholdEditorPage.qml" line="159" />
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="110" />
        <source>Residents</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="121" />
        <source>Add a resident</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="137" />
        <source>Edit resident</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="137" />
        <source>New resident</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="143" />
        <source>Name (required)</source>
        <translation>姓名（必填）</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="144" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="144" />
        <source>unchanged unless you type a new one</source>
        <translation>不填则保持不变</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="146" />
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="163" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../qml/LedgerPage.qml" line="19" />
        <source>Search the ledger</source>
        <translation>搜索台账</translation>
    </message>
    <message>
        <location filename="../qml/LedgerPage.qml" line="28" />
        <source>%1 households · %2 residents</source>
        <translation>%1 户 · %2 人</translation>
    </message>
    <message>
        <location filename="../qml/LedgerPage.qml" line="34" />
        <source>Show moved out</source>
        <translation>显示已迁出</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="14" />
        <source>Gridwork</source>
        <translation>网格通</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="21" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="22" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="23" />
        <source>Record visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25" />
        <source>Report a problem</source>
        <translation>问题上报</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="26" />
        <source>Report progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>Due today</source>
        <translation>今天要办</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Me</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34" />
        <source>Sign in</source>
        <translation>注册登录</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="59" />
        <source>The local data cannot be opened: %1</source>
        <translation>无法打开本机数据：%1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="59" />
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/NavBar.qml" line="17" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="18" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="19" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="20" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../qml/NavBar.qml" line="21" />
        <source>Me</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>PatrolMap</name>
    <message>
        <location filename="../qml/PatrolMap.qml" line="24" />
        <source>Map of the grid</source>
        <translation>网格地图</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="137" />
        <source> · reached</source>
        <translation> · 已到</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="137" />
        <source> · not yet</source>
        <translation> · 未到</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="171" />
        <source>You are here</source>
        <translation>我在这里</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="219" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="219" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="219" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../qml/PatrolMap.qml" line="219" />
        <source>Whole grid</source>
        <translation>看全网格</translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <location filename="../qml/PatrolPage.qml" line="57" />
        <source>Your patrol was interrupted and has been restored with its track (%1 points).</source>
        <translation>巡查曾被中断，已恢复，轨迹完整（%1 个点）。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="125" />
        <source>time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="126" />
        <source>distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="127" />
        <source>checkpoints</source>
        <translation>巡查点</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="115" />
        <location filename="../qml/PatrolPage.qml" line="148" />
        <source>No location on this phone: the patrol is recorded without a track.</source>
        <translation>手机没有定位：巡查照常记录，但没有轨迹。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="20" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="20" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="76" />
        <source>Patrol finished</source>
        <translation>巡查已结束</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="86" />
        <source>Walked %1 km in %2; %3 of %4 checkpoints passed.</source>
        <translation>走了 %1 公里，用时 %2；经过巡查点 %3 个（共 %4 个）。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="95" />
        <source>Not reached: %1</source>
        <translation>没到的巡查点：%1</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="103" />
        <source>Findings: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="116" />
        <source>Start the patrol: your track is drawn here.</source>
        <translation>开始巡查后，走过的路线画在这里。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="117" />
        <source>Waiting for a location fix… Stay outdoors with a clear view of the sky.</source>
        <translation>正在等待定位……请到室外开阔的地方。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="156" />
        <source>Start patrol</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="156" />
        <source>Start a new patrol</source>
        <translation>再开始一次巡查</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="167" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="167" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="173" />
        <location filename="../qml/PatrolPage.qml" line="233" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="180" />
        <source>Report a problem here</source>
        <translation>在这里上报问题</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="181" />
        <source>location and patrol attached</source>
        <translation>自动附上位置和巡查记录</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="188" />
        <source>Checkpoints</source>
        <translation>巡查点</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="189" />
        <source>%1 passed</source>
        <translation>已到 %1 个</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="212" />
        <source>Passed</source>
        <translation>标记已到</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="232" />
        <source>Finish the patrol?</source>
        <translation>结束本次巡查？</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="238" />
        <source>Findings (optional)</source>
        <translation>巡查发现（选填）</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="20" />
        <source>Photo taken · retake</source>
        <translation>已拍照 · 重拍</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="20" />
        <location filename="../qml/PhotoPicker.qml" line="30" />
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="30" />
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="36" />
        <source>From gallery</source>
        <translation>从相册选</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="61" />
        <source>Remove the photo</source>
        <translation>去掉照片</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="74" />
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="75" />
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/base/photo_shrink.cpp" line="74" />
        <source>Photo file cannot be read: %1</source>
        <translation>无法读取照片文件：%1</translation>
    </message>
    <message>
        <location filename="../src/base/photo_import.cpp" line="35" />
        <location filename="../src/base/photo_shrink.cpp" line="91" />
        <source>Photo could not be saved</source>
        <translation>照片保存失败</translation>
    </message>
    <message>
        <location filename="../src/workers/sync_worker.cpp" line="72" />
        <source>This build has no network sync</source>
        <translation>此版本不含网络同步</translation>
    </message>
    <message>
        <location filename="../src/base/photo_shrink.cpp" line="82" />
        <source>This file is not a photo</source>
        <translation>这个文件不是照片</translation>
    </message>
</context>
<context>
    <name>ReportDelegate</name>
    <message>
        <location filename="../qml/ReportDelegate.qml" line="40" />
        <source> · handled on the spot</source>
        <translation> · 现场已处置</translation>
    </message>
</context>
<context>
    <name>ReportDetailPage</name>
    <message>
        <location filename="../qml/ReportDetailPage.qml" line="30" />
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../qml/ReportDetailPage.qml" line="63" />
        <source> · not applied</source>
        <translation> · 未生效</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../qml/ReportPage.qml" line="20" />
        <source>Things piled in the stairwell</source>
        <translation>楼道堆放杂物</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="20" />
        <source>Old or loose electric wires</source>
        <translation>电线老化或松脱</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="20" />
        <source>Smell of gas</source>
        <translation>有燃气味</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="21" />
        <source>Neighbours quarrelling</source>
        <translation>邻里吵架</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="21" />
        <source>Dispute over money or property</source>
        <translation>经济或财产纠纷</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="22" />
        <source>Elderly person needs help</source>
        <translation>老人需要帮助</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="22" />
        <source>Family in hardship</source>
        <translation>家庭生活困难</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="23" />
        <source>Rubbish not cleared</source>
        <translation>垃圾未清运</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="23" />
        <source>Sewage or bad smell</source>
        <translation>污水或异味</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="24" />
        <source>Street light broken</source>
        <translation>路灯损坏</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="24" />
        <source>Road or manhole damaged</source>
        <translation>道路或井盖损坏</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="25" />
        <source>Fire exit blocked</source>
        <translation>消防通道被堵</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="25" />
        <source>Fire extinguisher missing</source>
        <translation>灭火器缺失</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="26" />
        <source>Water level rising</source>
        <translation>水位上涨</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="26" />
        <source>Drain blocked</source>
        <translation>排水沟堵塞</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="27" />
        <source>Something else, please call me</source>
        <translation>其他情况，请来电联系</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="57" />
        <source>From the current patrol; location attached.</source>
        <translation>来自本次巡查，已附位置。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="57" />
        <source>For the household you visited.</source>
        <translation>关联刚走访的住户。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="73" />
        <source>Reported. The township will see it at the next sync; its progress shows below.</source>
        <translation>已上报。下次同步后街道即可看到，办理进度显示在下方。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="84" />
        <source>What you typed last time was kept; carry on or change it.</source>
        <translation>上次没写完的内容已保留，可以接着写或修改。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="88" />
        <source>What kind of problem?</source>
        <translation>什么问题？</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="122" />
        <source>Selected: </source>
        <translation>已选：</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="144" />
        <source>Tap what you saw:</source>
        <translation>点一下您看到的情况：</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="150" />
        <source>Location is attached by itself. The township will call you if they need more.</source>
        <translation>位置会自动附上。街道如需了解更多，会打电话给您。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="151" />
        <source>No location fix: the township will call you to ask where it is.</source>
        <translation>暂无定位，街道会打电话问您具体在哪里。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="171" />
        <source>Describe the problem and where it is</source>
        <translation>说明问题和具体位置</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="178" />
        <source>No location fix: describe the place in the text</source>
        <translation>暂无定位：请在文字中写明地点</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="178" />
        <source>Location will be attached</source>
        <translation>将自动附上位置</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="186" />
        <source>Handled on the spot</source>
        <translation>已现场处置</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="205" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="212" />
        <source>My reports</source>
        <translation>我的上报</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="23" />
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="23" />
        <source>Working on this phone only</source>
        <translation>仅在本机使用</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="35" />
        <source>Elder mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="40" />
        <source>Bigger text and buttons; the home screen shows only Visit, Patrol and Report.</source>
        <translation>字更大、按钮更大；首页只保留走访、巡查、上报三件事。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="54" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="55" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="56" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="57" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="70" />
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../qml/SyncBadge.qml" line="11" />
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="14" />
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="15" />
        <source>Offline · %1 waiting</source>
        <translation>离线 · %1 条待同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="15" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="16" />
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="17" />
        <location filename="../qml/SyncBadge.qml" line="19" />
        <source>%1 waiting</source>
        <translation>%1 条待同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="18" />
        <source>Synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="18" />
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="19" />
        <source>On this phone</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="38" />
        <source> · %1 to check</source>
        <translation> · %1 条待查看</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qml/SyncPage.qml" line="20" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="21" />
        <source>last %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="21" />
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="27" />
        <source>This build has no network sync: everything stays on this phone.</source>
        <translation>此版本不含网络同步：数据只保存在本机。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="28" />
        <source>Not connected to a township server yet.</source>
        <translation>还没有连接街道服务器。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="29" />
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="30" />
        <source>No connection. Your work is safe on this phone and will be sent later.</source>
        <translation>没有网络。数据已保存在手机上，有网后自动发送。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="31" />
        <source>%1 changes wait to be sent.</source>
        <translation>有 %1 条记录等待发送。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="32" />
        <source>Everything is sent.</source>
        <translation>全部已同步。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="40" />
        <source>Last attempt failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="49" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="55" />
        <source>Connect to the township</source>
        <translation>连接街道服务器</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="61" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="63" />
        <source>Nothing waiting</source>
        <translation>没有待同步的数据</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="71" />
        <source>%1 changes</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="77" />
        <source>Changes replaced</source>
        <translation>被覆盖的修改</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="85" />
        <source>None of your changes were replaced.</source>
        <translation>您的修改都没有被覆盖。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="104" />
        <source>Your change to %1 (%2) “%3” was replaced by “%4”</source>
        <translation>您对%1（%2）的修改“%3”被“%4”覆盖</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="27" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="27" />
        <source>Due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="35" />
        <source>Checked: as reported</source>
        <translation>核查属实</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="35" />
        <source>Checked: not as reported</source>
        <translation>核查不属实</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="35" />
        <source>Put right on the spot</source>
        <translation>已当场整改</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="47" />
        <source>Or write what you found</source>
        <translation>或填写核查结果</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="54" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="57" />
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../qml/TaskDelegate.qml" line="57" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../qml/TasksPage.qml" line="18" />
        <source>No open tasks</source>
        <translation>没有待办任务</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../qml/TodayPage.qml" line="25" />
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="44" />
        <source>visits due</source>
        <translation>到期随访</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="45" />
        <source>open tasks</source>
        <translation>待办任务</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="46" />
        <source>visited today</source>
        <translation>今日已走访</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="47" />
        <source>open reports</source>
        <translation>未办结上报</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="68" />
        <source>%1 · overdue</source>
        <translation>%1 · 有逾期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="75" />
        <source>, some overdue</source>
        <translation>，有逾期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="82" />
        <source>Changes to look at</source>
        <translation>有修改需要查看</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="90" />
        <source>Some of your changes were replaced by newer ones from the township. Tap to see them.</source>
        <translation>您的部分修改被街道更新的内容覆盖了，点此查看。</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="97" />
        <source>Visits due</source>
        <translation>到期走访</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="98" />
        <source>%1 overdue</source>
        <translation>%1 户逾期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="98" />
        <source>%1 due</source>
        <translation>%1 户到期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="103" />
        <source>No follow-up visits due today</source>
        <translation>今天没有到期的随访</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="118" />
        <location filename="../qml/TodayPage.qml" line="195" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="119" />
        <source>%1 open</source>
        <translation>%1 项待办</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="124" />
        <source>No open tasks</source>
        <translation>没有待办任务</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="143" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="143" />
        <source>Due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="152" />
        <source>Today's patrol</source>
        <translation>今日巡查</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="153" />
        <source>Patrolling</source>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="153" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="154" />
        <source>%1 done</source>
        <translation>已完成 %1 次</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="154" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="164" />
        <source>Since %1 · %2 m · %3 of %4 checkpoints</source>
        <translation>%1 开始 · %2 米 · 巡查点 %3/%4</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="166" />
        <source>%1 m walked today</source>
        <translation>今日已巡查 %1 米</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="171" />
        <source>Recent reports</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="172" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="176" />
        <source>Nothing reported yet</source>
        <translation>还没有上报</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="193" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="194" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
</context>
<context>
    <name>ToggleSwitch</name>
    <message>
        <location filename="../qml/ToggleSwitch.qml" line="12" />
        <source>Switch</source>
        <translation>开关</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="54" />
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="57" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="78" />
        <source>Read</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="80" />
        <source>Read this screen aloud</source>
        <translation>朗读这一页</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../qml/VisitPage.qml" line="23" />
        <source>Name, address or initials (zs = 张三)</source>
        <translation>姓名、地址或拼音首字母（zs＝张三）</translation>
    </message>
    <message>
        <location filename="../qml/VisitPage.qml" line="23" />
        <source>Name, address or initials</source>
        <translation>姓名、地址或拼音首字母</translation>
    </message>
    <message>
        <location filename="../qml/VisitPage.qml" line="57" />
        <source>%1 follow-up visits due — see Today</source>
        <translation>%1 户随访到期，见“今日”</translation>
    </message>
    <message>
        <location filename="../qml/VisitPage.qml" line="72" />
        <source>%1 follow-up visits due</source>
        <translation>%1 户该回访了</translation>
    </message>
    <message>
        <location filename="../qml/VisitPage.qml" line="100" />
        <source>No household matches “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <location filename="../qml/VisitPage.qml" line="100" />
        <source>No households in this micro-grid</source>
        <translation>这个微网格还没有住户</translation>
    </message>
</context>
<context>
    <name>VisitRecordPage</name>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="47" />
        <source>last visit %1</source>
        <translation>上次走访 %1</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="47" />
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="50" />
        <source>Follow-up visit</source>
        <translation>随访走访</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="72" />
        <source>Visit saved on this phone. It will sync by itself.</source>
        <translation>走访已保存在手机上，会自动同步。</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="81" />
        <source>Report this safety hazard now</source>
        <translation>马上上报这个安全隐患</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="82" />
        <source>household and place are filled in</source>
        <translation>住户和位置已自动填好</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="87" />
        <source>Safety hazard found on a visit: %1</source>
        <translation>走访发现安全隐患：%1</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="95" />
        <source>The hazard is reported. The township will see it at the next sync.</source>
        <translation>隐患已上报，下次同步时街道就能看到。</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="102" />
        <source>How did it go? Tap once to save.</source>
        <translation>走访情况？点一下就保存。</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="102" />
        <source>How did it go?</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="132" />
        <source>Note (optional): what you saw, what they asked for</source>
        <translation>备注（选填）：看到了什么，群众提了什么</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="139" />
        <source>No location fix: the visit is saved without one</source>
        <translation>暂无定位：走访照常保存，不带位置</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="139" />
        <source>Location will be attached</source>
        <translation>将自动附上位置</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="159" />
        <source>Save visit</source>
        <translation>保存走访</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="167" />
        <source>Also report this as a problem</source>
        <translation>同时作为问题上报</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::ConflictListModel</name>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="11" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="23" />
        <source>Grid structure</source>
        <translation>网格架构</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="24" />
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="25" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="26" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="27" />
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="28" />
        <source>Follow-up schedule</source>
        <translation>随访计划</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="30" />
        <source>Checkpoint</source>
        <translation>巡查点</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="33" />
        <source>Checkpoint passed</source>
        <translation>巡查打卡</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="36" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="39" />
        <source>Replaced change</source>
        <translation>被覆盖记录</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="47" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="48" />
        <source>head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="49" />
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="50" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="51" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="52" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="53" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="54" />
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="55" />
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="56" />
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="57" />
        <source>result</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="58" />
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="59" />
        <source>due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="60" />
        <source>findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="61" />
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="62" />
        <source>birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="34" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="31" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="29" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="37" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="32" />
        <source>Track point</source>
        <translation>轨迹点</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="35" />
        <source>Report event</source>
        <translation>上报进度</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="38" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::DiaryController</name>
    <message>
        <location filename="../src/controllers/diary_controller.cpp" line="12" />
        <source>Public opinion</source>
        <translation>民情</translation>
    </message>
    <message>
        <location filename="../src/controllers/diary_controller.cpp" line="12" />
        <source>Neighbourhood</source>
        <translation>邻里</translation>
    </message>
    <message>
        <location filename="../src/controllers/diary_controller.cpp" line="12" />
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../src/controllers/diary_controller.cpp" line="12" />
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../src/controllers/diary_controller.cpp" line="12" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::ReportController</name>
    <message>
        <location filename="../src/controllers/report_controller.cpp" line="76" />
        <source>Please choose what kind of problem it is</source>
        <translation>请选择问题类别</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::ResidentListModel</name>
    <message>
        <location filename="../src/models/resident_list_model.cpp" line="32" />
        <source>Needs attention</source>
        <translation>重点关注</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::SyncController</name>
    <message>
        <location filename="../src/controllers/sync_controller.cpp" line="76" />
        <source>Please fill in the server address and the enrollment code</source>
        <translation>请填写服务器地址和注册码</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::TaskController</name>
    <message>
        <location filename="../src/controllers/task_controller.cpp" line="50" />
        <source>Please write what you found</source>
        <translation>请填写核查结果</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::VisitController</name>
    <message>
        <location filename="../src/controllers/visit_controller.cpp" line="166" />
        <source>Please choose how the visit went</source>
        <translation>请选择走访情况</translation>
    </message>
    <message>
        <location filename="../src/controllers/visit_controller.cpp" line="170" />
        <source>Please choose a household first</source>
        <translation>请先选择住户</translation>
    </message>
</context>
</TS>