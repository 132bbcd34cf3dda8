<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>CountStepper</name>
    <message>
        <location filename="../qml/CountStepper.qml" line="23" />
        <source>One fewer: %1</source>
        <translation>减一：%1</translation>
    </message>
    <message>
        <location filename="../qml/CountStepper.qml" line="42" />
        <source>One more: %1</source>
        <translation>加一：%1</translation>
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
    <name>DisasterReportPage</name>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="20" />
        <source>A house has collapsed</source>
        <translation>房屋倒塌</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="20" />
        <source>A wall or old building fell down</source>
        <translation>围墙或危旧房倒塌</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="21" />
        <source>Road flooded, cars cannot pass</source>
        <translation>道路积水，车辆无法通行</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="21" />
        <source>Water has entered houses</source>
        <translation>房屋进水</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="22" />
        <source>Landslide has cut the road</source>
        <translation>山体滑坡，道路中断</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="22" />
        <source>Cracks in the hillside</source>
        <translation>山体出现裂缝</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="23" />
        <source>People trapped, rescue needed</source>
        <translation>有人被困，需要救援</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="23" />
        <source>An elderly person is trapped at home</source>
        <translation>老人被困家中</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="52" />
        <source>Reported as urgent. It goes to the command centre at the next signal.</source>
        <translation>已按紧急上报，有信号时即送达指挥室。</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="57" />
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="79" />
        <source>Location will be attached</source>
        <translation>将自动附上位置</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="79" />
        <source>No location fix: say where it is in the text</source>
        <translation>暂无定位：请在文字里写明地点</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="101" />
        <source>What and where: how many people, which road or house</source>
        <translation>写明情况和地点：几个人、哪条路、哪一户</translation>
    </message>
    <message>
        <location filename="../qml/DisasterReportPage.qml" line="122" />
        <source>Report as urgent</source>
        <translation>紧急上报</translation>
    </message>
</context>
<context>
    <name>DueVisitDelegate</name>
    <message>
        <location filename="../qml/DueVisitDelegate.qml" line="39" />
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../qml/DueVisitDelegate.qml" line="39" />
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
        <location filename="../qml/ElderHomePage.qml" line="29" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="29" />
        <source>%1 households to visit</source>
        <translation>%1 户待走访</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="29" />
        <source>Visit a household</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="30" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="30" />
        <source>Patrolling now</source>
        <translation>正在巡查</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="30" />
        <source>Walk the grid</source>
        <translation>巡查网格</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="31" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="31" />
        <source>Found a problem</source>
        <translation>发现问题就报</translation>
    </message>
    <message>
        <location filename="../qml/ElderHomePage.qml" line="67" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>EmergencyHomePage</name>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="36" />
        <source>%1 emergency in force</source>
        <translation>%1应急响应中</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="45" />
        <source>Since %1 · %2</source>
        <translation>%1 起 · %2</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="70" />
        <source>people evacuated</source>
        <translation>已转移人数</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="71" />
        <source>households done</source>
        <translation>已转移户数</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="72" />
        <source>people stayed</source>
        <translation>留守人数</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="73" />
        <source>disaster reports open</source>
        <translation>未办结灾情</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="110" />
        <source>Evacuation</source>
        <translation>人员转移</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="111" />
        <source>%1 of %2 households on the list done</source>
        <translation>清单 %2 户，已登记 %1 户</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="112" />
        <source>Record the families you move</source>
        <translation>登记转移的群众</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="113" />
        <source>Disaster report</source>
        <translation>灾情上报</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="114" />
        <source>Collapse, flooding, landslide, people trapped</source>
        <translation>倒塌、内涝、滑坡、人员被困</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="115" />
        <source>Risk point patrol</source>
        <translation>风险点巡查</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="116" />
        <source>Check the flood-risk points now</source>
        <translation>立即巡查山塘水库等风险点</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="163" />
        <source>Duty roster</source>
        <translation>值班安排</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="167" />
        <source>The township has not set a roster; call the township's duty phone.</source>
        <translation>镇街尚未发布值班安排，请拨打镇街值班电话。</translation>
    </message>
    <message>
        <location filename="../qml/EmergencyHomePage.qml" line="190" />
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
        <location filename="../qml/EnrollPage.qml" line="22" />
        <source>Enter the server address and the enrollment code you got from the township office.</source>
        <translation>请输入街道指挥室提供的服务器地址和注册码。</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="29" />
        <source>This build has no network sync, so it cannot connect to a server.</source>
        <translation>此版本不含网络同步，无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="33" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="34" />
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="48" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="48" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="56" />
        <source>Try it with demo data on this phone</source>
        <translation>先用演示数据试一试</translation>
    </message>
    <message>
        <location filename="../qml/EnrollPage.qml" line="64" />
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>EvacuationPage</name>
    <message>
        <location filename="../qml/EvacuationPage.qml" line="24" />
        <source>%1 of %2 households done · %3 people evacuated</source>
        <translation>清单 %2 户，已登记 %1 户 · 已转移 %3 人</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationPage.qml" line="33" />
        <source>No household of your grid is on the risk list. Ask the township to add the ones at risk.</source>
        <translation>本网格还没有列入转移清单的户，请联系镇街把有风险的户加入清单。</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationPage.qml" line="82" />
        <source>not on the list</source>
        <translation>不在清单内</translation>
    </message>
</context>
<context>
    <name>EvacuationRecordPage</name>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="14" />
        <source>Village shelter</source>
        <translation>村委会安置点</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="14" />
        <source>Relatives or friends</source>
        <translation>亲友家</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="14" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="14" />
        <source>Township shelter</source>
        <translation>镇安置点</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="15" />
        <source>Cannot walk, carer with them</source>
        <translation>行动不便，已安排专人看护</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="15" />
        <source>Refuses to leave</source>
        <translation>拒绝转移</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="15" />
        <source>Guarding the house</source>
        <translation>看守财产</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="15" />
        <source>House is safe</source>
        <translation>房屋安全</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="42" />
        <source>Head: %1</source>
        <translation>户主：%1</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="42" />
        <source>(recorded; saving corrects it)</source>
        <translation>（已登记，保存即更正）</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="53" />
        <source>People evacuated</source>
        <translation>转移人数</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="56" />
        <source>Where to</source>
        <translation>转移去向</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="76" />
        <source>Or type the place</source>
        <translation>或输入地点</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="86" />
        <source>People who stayed</source>
        <translation>留守人数</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="93" />
        <source>Why they stayed</source>
        <translation>留守原因</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="113" />
        <source>Or type the reason</source>
        <translation>或输入原因</translation>
    </message>
    <message>
        <location filename="../qml/EvacuationRecordPage.qml" line="134" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>HouseholdDelegate</name>
    <message>
        <location filename="../qml/HouseholdDelegate.qml" line="41" />
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
        <location filename="../qml/HouseholdEditorPage.qml" line="142" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="66" />
        <source>Kind</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="74" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="85" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="94" />
        <location filename="../qml/HouseholdEditorPage.qml" line="161" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="100" />
        <location filename="../qml/HouseholdEditorPage.qml" line="155" />
        <source>Moved back in</source>
        <translation>迁回</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="100" />
        <location filename="../qml/HouseholdEditorPage.qml" line="155" />
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="107" />
        <source>Residents</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="118" />
        <source>Add a resident</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="134" />
        <source>Edit resident</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="134" />
        <source>New resident</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="140" />
        <source>Name (required)</source>
        <translation>姓名（必填）</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="141" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="141" />
        <source>unchanged unless you type a new one</source>
        <translation>不填则保持不变</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="143" />
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../qml/HouseholdEditorPage.qml" line="159" />
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
        <location filename="../qml/LedgerPage.qml" line="33" />
        <source>Show moved out</source>
        <translation>显示已迁出</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15" />
        <source>Gridwork</source>
        <translation>网格通</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="22" />
        <source>Emergency</source>
        <translation>应急</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="23" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="24" />
        <source>Evacuation</source>
        <translation>人员转移</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="25" />
        <source>Record evacuation</source>
        <translation>登记转移</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="26" />
        <source>Disaster report</source>
        <translation>灾情上报</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="27" />
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28" />
        <source>Record visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="29" />
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="30" />
        <source>Report a problem</source>
        <translation>问题上报</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="31" />
        <source>Report progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="32" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="33" />
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="34" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="35" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="36" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="37" />
        <source>Me</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="38" />
        <source>Sign in</source>
        <translation>注册登录</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61" />
        <source>The local data cannot be opened: %1</source>
        <translation>无法打开本机数据：%1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="61" />
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
    <name>PatrolPage</name>
    <message>
        <location filename="../qml/PatrolPage.qml" line="47" />
        <source>Your patrol was interrupted and has been restored with its track (%1 points).</source>
        <translation>巡查曾被中断，已恢复，轨迹完整（%1 个点）。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="114" />
        <source>time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="115" />
        <source>distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="116" />
        <source>checkpoints</source>
        <translation>巡查点</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="104" />
        <location filename="../qml/PatrolPage.qml" line="136" />
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
        <location filename="../qml/PatrolPage.qml" line="66" />
        <source>Patrol finished</source>
        <translation>巡查已结束</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="76" />
        <source>Walked %1 km in %2; %3 of %4 checkpoints passed.</source>
        <translation>走了 %1 公里，用时 %2；经过巡查点 %3 个（共 %4 个）。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="85" />
        <source>Not reached: %1</source>
        <translation>没到的巡查点：%1</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="93" />
        <source>Findings: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="105" />
        <source>Start the patrol: your track is drawn here.</source>
        <translation>开始巡查后，走过的路线画在这里。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="106" />
        <source>Waiting for a location fix… Stay outdoors with a clear view of the sky.</source>
        <translation>正在等待定位……请到室外开阔的地方。</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="144" />
        <source>Start patrol</source>
        <translation>开始巡查</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="144" />
        <source>Start a new patrol</source>
        <translation>再开始一次巡查</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="155" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="155" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="161" />
        <location filename="../qml/PatrolPage.qml" line="220" />
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="168" />
        <source>Report a problem here</source>
        <translation>在这里上报问题</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="169" />
        <source>location and patrol attached</source>
        <translation>自动附上位置和巡查记录</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="176" />
        <source>Checkpoints</source>
        <translation>巡查点</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="177" />
        <source>%1 passed</source>
        <translation>已到 %1 个</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="200" />
        <source>Passed</source>
        <translation>标记已到</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="219" />
        <source>Finish the patrol?</source>
        <translation>结束本次巡查？</translation>
    </message>
    <message>
        <location filename="../qml/PatrolPage.qml" line="225" />
        <source>Findings (optional)</source>
        <translation>巡查发现（选填）</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="14" />
        <source>Change photo</source>
        <translation>更换照片</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="14" />
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="20" />
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="32" />
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../qml/PhotoPicker.qml" line="33" />
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/base/photo_import.cpp" line="18" />
        <source>Photo file cannot be read: %1</source>
        <translation>无法读取照片文件：%1</translation>
    </message>
    <message>
        <location filename="../src/base/photo_import.cpp" line="33" />
        <location filename="../src/base/photo_import.cpp" line="37" />
        <source>Photo could not be saved</source>
        <translation>照片保存失败</translation>
    </message>
    <message>
        <location filename="../src/workers/sync_worker.cpp" line="73" />
        <source>This build has no network sync</source>
        <translation>此版本不含网络同步</translation>
    </message>
</context>
<context>
    <name>ReportDelegate</name>
    <message>
        <location filename="../qml/ReportDelegate.qml" line="39" />
        <source> · handled on the spot</source>
        <translation> · 现场已处置</translation>
    </message>
</context>
<context>
    <name>ReportDetailPage</name>
    <message>
        <location filename="../qml/ReportDetailPage.qml" line="29" />
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../qml/ReportDetailPage.qml" line="61" />
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
        <location filename="../qml/ReportPage.qml" line="56" />
        <source>From the current patrol; location attached.</source>
        <translation>来自本次巡查，已附位置。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="56" />
        <source>For the household you visited.</source>
        <translation>关联刚走访的住户。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="71" />
        <source>Reported. The township will see it at the next sync; its progress shows below.</source>
        <translation>已上报。下次同步后街道即可看到，办理进度显示在下方。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="82" />
        <source>What you typed last time was kept; carry on or change it.</source>
        <translation>上次没写完的内容已保留，可以接着写或修改。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="86" />
        <source>What kind of problem?</source>
        <translation>什么问题？</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="125" />
        <source>Tap what you saw:</source>
        <translation>点一下您看到的情况：</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="130" />
        <source>Location is attached by itself. The township will call you if they need more.</source>
        <translation>位置会自动附上。街道如需了解更多，会打电话给您。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="131" />
        <source>No location fix: the township will call you to ask where it is.</source>
        <translation>暂无定位，街道会打电话问您具体在哪里。</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="151" />
        <source>Describe the problem and where it is</source>
        <translation>说明问题和具体位置</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="158" />
        <source>No location fix: describe the place in the text</source>
        <translation>暂无定位：请在文字中写明地点</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="158" />
        <source>Location will be attached</source>
        <translation>将自动附上位置</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="166" />
        <source>Handled on the spot</source>
        <translation>已现场处置</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="184" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../qml/ReportPage.qml" line="191" />
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
        <location filename="../qml/SettingsPage.qml" line="39" />
        <source>Bigger text and buttons; the home screen shows only Visit, Patrol and Report.</source>
        <translation>字更大、按钮更大；首页只保留走访、巡查、上报三件事。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="53" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="54" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="55" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="56" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="69" />
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../qml/SyncBadge.qml" line="13" />
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="14" />
        <source>Offline · %1 waiting</source>
        <translation>离线 · %1 条待同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="14" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="15" />
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="16" />
        <location filename="../qml/SyncBadge.qml" line="18" />
        <source>%1 waiting</source>
        <translation>%1 条待同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="17" />
        <source>Synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="17" />
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="18" />
        <source>On this phone</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location filename="../qml/SyncBadge.qml" line="36" />
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
        <location filename="../qml/SyncPage.qml" line="26" />
        <source>This build has no network sync: everything stays on this phone.</source>
        <translation>此版本不含网络同步：数据只保存在本机。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="27" />
        <source>Not connected to a township server yet.</source>
        <translation>还没有连接街道服务器。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="28" />
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="29" />
        <source>No connection. Your work is safe on this phone and will be sent later.</source>
        <translation>没有网络。数据已保存在手机上，有网后自动发送。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="30" />
        <source>%1 changes wait to be sent.</source>
        <translation>有 %1 条记录等待发送。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="31" />
        <source>Everything is sent.</source>
        <translation>全部已同步。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="38" />
        <source>Last attempt failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="47" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="53" />
        <source>Connect to the township</source>
        <translation>连接街道服务器</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="59" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="61" />
        <source>Nothing waiting</source>
        <translation>没有待同步的数据</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="69" />
        <source>%1 changes</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="75" />
        <source>Changes replaced</source>
        <translation>被覆盖的修改</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="82" />
        <source>None of your changes were replaced.</source>
        <translation>您的修改都没有被覆盖。</translation>
    </message>
    <message>
        <location filename="../qml/SyncPage.qml" line="100" />
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
        <location filename="../qml/TodayPage.qml" line="79" />
        <source>Changes to look at</source>
        <translation>有修改需要查看</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="86" />
        <source>Some of your changes were replaced by newer ones from the township. Tap to see them.</source>
        <translation>您的部分修改被街道更新的内容覆盖了，点此查看。</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="93" />
        <source>Visits due</source>
        <translation>到期走访</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="94" />
        <source>%1 overdue</source>
        <translation>%1 户逾期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="94" />
        <source>%1 due</source>
        <translation>%1 户到期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="99" />
        <source>No follow-up visits due today</source>
        <translation>今天没有到期的随访</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="114" />
        <location filename="../qml/TodayPage.qml" line="187" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="115" />
        <source>%1 open</source>
        <translation>%1 项待办</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="120" />
        <source>No open tasks</source>
        <translation>没有待办任务</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="136" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="136" />
        <source>Due %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="145" />
        <source>Today's patrol</source>
        <translation>今日巡查</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="146" />
        <source>Patrolling</source>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="146" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="147" />
        <source>%1 done</source>
        <translation>已完成 %1 次</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="147" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="156" />
        <source>Since %1 · %2 m · %3 of %4 checkpoints</source>
        <translation>%1 开始 · %2 米 · 巡查点 %3/%4</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="158" />
        <source>%1 m walked today</source>
        <translation>今日已巡查 %1 米</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="163" />
        <source>Recent reports</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="164" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="168" />
        <source>Nothing reported yet</source>
        <translation>还没有上报</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="185" />
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../qml/TodayPage.qml" line="186" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="34" />
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="37" />
        <source>Back</source>
        <translation>返回</translation>
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
        <location filename="../qml/VisitRecordPage.qml" line="40" />
        <source>last visit %1</source>
        <translation>上次走访 %1</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="40" />
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="43" />
        <source>Follow-up visit</source>
        <translation>随访走访</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="64" />
        <source>Visit saved on this phone. It will sync by itself.</source>
        <translation>走访已保存在手机上，会自动同步。</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="71" />
        <source>How did it go? Tap once to save.</source>
        <translation>走访情况？点一下就保存。</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="71" />
        <source>How did it go?</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="100" />
        <source>Note (optional): what you saw, what they asked for</source>
        <translation>备注（选填）：看到了什么，群众提了什么</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="107" />
        <source>No location fix: the visit is saved without one</source>
        <translation>暂无定位：走访照常保存，不带位置</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="107" />
        <source>Location will be attached</source>
        <translation>将自动附上位置</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="126" />
        <source>Save visit</source>
        <translation>保存走访</translation>
    </message>
    <message>
        <location filename="../qml/VisitRecordPage.qml" line="134" />
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
        <location filename="../src/models/conflict_list_model.cpp" line="40" />
        <source>Emergency</source>
        <translation>应急</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="41" />
        <source>Evacuation</source>
        <translation>人员转移</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="49" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="50" />
        <source>head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="51" />
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="52" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="53" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="54" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="55" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="56" />
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="57" />
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="58" />
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="59" />
        <source>result</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="60" />
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="61" />
        <source>due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="62" />
        <source>findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="63" />
        <source>people evacuated</source>
        <translation>已转移人数</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="64" />
        <source>Where to</source>
        <translation>转移去向</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="65" />
        <source>people stayed</source>
        <translation>留守人数</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="66" />
        <source>Why they stayed</source>
        <translation>留守原因</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="67" />
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/models/conflict_list_model.cpp" line="68" />
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
    <name>gridwork::mobile::EmergencyController</name>
    <message>
        <location filename="../src/controllers/emergency_controller.cpp" line="104" />
        <source>The emergency has ended; nothing to record</source>
        <translation>应急已结束，无需再登记</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::EvacuationListModel</name>
    <message>
        <location filename="../src/models/evacuation_list_model.cpp" line="23" />
        <source>Not recorded yet</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../src/models/evacuation_list_model.cpp" line="24" />
        <source>%1 evacuated</source>
        <translation>已转移 %1 人</translation>
    </message>
    <message>
        <location filename="../src/models/evacuation_list_model.cpp" line="26" />
        <source>%1 stayed (%2)</source>
        <translation>留守 %1 人（%2）</translation>
    </message>
</context>
<context>
    <name>gridwork::mobile::ReportController</name>
    <message>
        <location filename="../src/controllers/report_controller.cpp" line="81" />
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
        <location filename="../src/controllers/task_controller.cpp" line="45" />
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