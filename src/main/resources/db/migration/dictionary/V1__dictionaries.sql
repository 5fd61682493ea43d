create schema if not exists dictionary;

-- A code list that administrators maintain. Built-in lists are national standard code tables that
-- forms and imports rely on: their code and their entries' codes stay, their labels may be edited.
create table dictionary.dictionaries (
    code        varchar(60)  primary key check (code ~ '^[a-z][a-z0-9_-]{1,59}$'),
    name_zh     varchar(50)  not null,
    name_en     varchar(50)  not null,
    description varchar(200),
    builtin     boolean      not null default false,
    updated_at  timestamptz  not null default now()
);

create table dictionary.entries (
    dictionary_code varchar(60) not null references dictionary.dictionaries (code) on delete cascade,
    code            varchar(20) not null check (code ~ '^[A-Za-z0-9_-]{1,20}$'),
    label_zh        varchar(50) not null,
    label_en        varchar(50) not null,
    sort_order      integer     not null check (sort_order between 0 and 99999),
    enabled         boolean     not null default true,
    -- Seeded from a standard: the code may not be deleted, only disabled.
    builtin         boolean     not null default false,
    updated_at      timestamptz not null default now(),
    primary key (dictionary_code, code)
);
create index entries_order_idx on dictionary.entries (dictionary_code, sort_order, code);

insert into dictionary.dictionaries (code, name_zh, name_en, description, builtin) values
    ('sex', '性别', 'Sex', 'GB/T 2261.1-2003 个人基本信息分类与代码 第1部分：人的性别代码', true),
    ('marital-status', '婚姻状况', 'Marital status', 'GB/T 2261.2-2003 个人基本信息分类与代码 第2部分：婚姻状况代码', true),
    ('ethnicity', '民族', 'Ethnicity', 'GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码', true),
    ('relationship', '与户主关系', 'Relationship to householder', 'GB/T 4761-2008 家庭关系代码（主要代码）', true),
    ('disability-category', '残疾类别', 'Disability category', 'GB/T 26341-2010 残疾人残疾分类和分级', true),
    ('disability-grade', '残疾等级', 'Disability grade', 'GB/T 26341-2010 残疾人残疾分类和分级（一级最重）', true),
    ('hukou-type', '户口性质', 'Hukou type', '户口登记的户口性质；国发〔2014〕25号起统一登记为居民户口', true),
    ('urban-rural-class', '城乡分类', 'Urban-rural class', '国家统计局统计用区划代码和城乡划分代码编制规则（国统字〔2009〕91号）城乡分类代码', true);

-- GB/T 2261.1-2003 人的性别代码.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('sex', '0', '未知的性别', 'Unknown', 10, true),
    ('sex', '1', '男性', 'Male', 20, true),
    ('sex', '2', '女性', 'Female', 30, true),
    ('sex', '9', '未说明的性别', 'Not stated', 40, true);

-- GB/T 2261.2-2003 婚姻状况代码.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('marital-status', '10', '未婚', 'Never married', 10, true),
    ('marital-status', '20', '已婚', 'Married', 20, true),
    ('marital-status', '21', '初婚', 'First marriage', 30, true),
    ('marital-status', '22', '再婚', 'Remarried', 40, true),
    ('marital-status', '23', '复婚', 'Remarried to former spouse', 50, true),
    ('marital-status', '30', '丧偶', 'Widowed', 60, true),
    ('marital-status', '40', '离婚', 'Divorced', 70, true),
    ('marital-status', '90', '未说明的婚姻状况', 'Not stated', 80, true);

-- GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码: the 56 nationalities in the standard's order, then 97 and 98.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('ethnicity', '01', '汉族', 'Han', 10, true),
    ('ethnicity', '02', '蒙古族', 'Mongol', 20, true),
    ('ethnicity', '03', '回族', 'Hui', 30, true),
    ('ethnicity', '04', '藏族', 'Tibetan', 40, true),
    ('ethnicity', '05', '维吾尔族', 'Uyghur', 50, true),
    ('ethnicity', '06', '苗族', 'Miao', 60, true),
    ('ethnicity', '07', '彝族', 'Yi', 70, true),
    ('ethnicity', '08', '壮族', 'Zhuang', 80, true),
    ('ethnicity', '09', '布依族', 'Bouyei', 90, true),
    ('ethnicity', '10', '朝鲜族', 'Korean', 100, true),
    ('ethnicity', '11', '满族', 'Manchu', 110, true),
    ('ethnicity', '12', '侗族', 'Dong', 120, true),
    ('ethnicity', '13', '瑶族', 'Yao', 130, true),
    ('ethnicity', '14', '白族', 'Bai', 140, true),
    ('ethnicity', '15', '土家族', 'Tujia', 150, true),
    ('ethnicity', '16', '哈尼族', 'Hani', 160, true),
    ('ethnicity', '17', '哈萨克族', 'Kazakh', 170, true),
    ('ethnicity', '18', '傣族', 'Dai', 180, true),
    ('ethnicity', '19', '黎族', 'Li', 190, true),
    ('ethnicity', '20', '傈僳族', 'Lisu', 200, true),
    ('ethnicity', '21', '佤族', 'Va', 210, true),
    ('ethnicity', '22', '畲族', 'She', 220, true),
    ('ethnicity', '23', '高山族', 'Gaoshan', 230, true),
    ('ethnicity', '24', '拉祜族', 'Lahu', 240, true),
    ('ethnicity', '25', '水族', 'Shui', 250, true),
    ('ethnicity', '26', '东乡族', 'Dongxiang', 260, true),
    ('ethnicity', '27', '纳西族', 'Naxi', 270, true),
    ('ethnicity', '28', '景颇族', 'Jingpo', 280, true),
    ('ethnicity', '29', '柯尔克孜族', 'Kyrgyz', 290, true),
    ('ethnicity', '30', '土族', 'Tu', 300, true),
    ('ethnicity', '31', '达斡尔族', 'Daur', 310, true),
    ('ethnicity', '32', '仫佬族', 'Mulao', 320, true),
    ('ethnicity', '33', '羌族', 'Qiang', 330, true),
    ('ethnicity', '34', '布朗族', 'Blang', 340, true),
    ('ethnicity', '35', '撒拉族', 'Salar', 350, true),
    ('ethnicity', '36', '毛南族', 'Maonan', 360, true),
    ('ethnicity', '37', '仡佬族', 'Gelao', 370, true),
    ('ethnicity', '38', '锡伯族', 'Xibe', 380, true),
    ('ethnicity', '39', '阿昌族', 'Achang', 390, true),
    ('ethnicity', '40', '普米族', 'Pumi', 400, true),
    ('ethnicity', '41', '塔吉克族', 'Tajik', 410, true),
    ('ethnicity', '42', '怒族', 'Nu', 420, true),
    ('ethnicity', '43', '乌孜别克族', 'Uzbek', 430, true),
    ('ethnicity', '44', '俄罗斯族', 'Russian', 440, true),
    ('ethnicity', '45', '鄂温克族', 'Evenki', 450, true),
    ('ethnicity', '46', '德昂族', 'De''ang', 460, true),
    ('ethnicity', '47', '保安族', 'Bonan', 470, true),
    ('ethnicity', '48', '裕固族', 'Yugur', 480, true),
    ('ethnicity', '49', '京族', 'Gin', 490, true),
    ('ethnicity', '50', '塔塔尔族', 'Tatar', 500, true),
    ('ethnicity', '51', '独龙族', 'Derung', 510, true),
    ('ethnicity', '52', '鄂伦春族', 'Oroqen', 520, true),
    ('ethnicity', '53', '赫哲族', 'Hezhen', 530, true),
    ('ethnicity', '54', '门巴族', 'Monba', 540, true),
    ('ethnicity', '55', '珞巴族', 'Lhoba', 550, true),
    ('ethnicity', '56', '基诺族', 'Jino', 560, true),
    ('ethnicity', '97', '其他', 'Other', 970, true),
    ('ethnicity', '98', '外国血统中国籍人士', 'Chinese citizen of foreign origin', 980, true);

-- GB/T 4761-2008 家庭关系代码: the main codes, with 夫/妻 and 父亲/母亲 from the detailed ones because
-- household registers use them most.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('relationship', '01', '本人', 'Self', 10, true),
    ('relationship', '02', '户主', 'Householder', 20, true),
    ('relationship', '10', '配偶', 'Spouse', 30, true),
    ('relationship', '11', '夫', 'Husband', 40, true),
    ('relationship', '12', '妻', 'Wife', 50, true),
    ('relationship', '20', '子', 'Son', 60, true),
    ('relationship', '30', '女', 'Daughter', 70, true),
    ('relationship', '40', '孙子、孙女或外孙子、外孙女', 'Grandchild', 80, true),
    ('relationship', '50', '父母', 'Parent', 90, true),
    ('relationship', '51', '父亲', 'Father', 100, true),
    ('relationship', '52', '母亲', 'Mother', 110, true),
    ('relationship', '60', '祖父母或外祖父母', 'Grandparent', 120, true),
    ('relationship', '70', '兄、弟、姐、妹', 'Sibling', 130, true),
    ('relationship', '80', '其他', 'Other relative', 140, true),
    ('relationship', '99', '非亲属', 'Non-relative', 150, true);

-- GB/T 26341-2010 残疾人残疾分类和分级: the category is the 19th character of the 第二代残疾人证号.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('disability-category', '1', '视力残疾', 'Visual', 10, true),
    ('disability-category', '2', '听力残疾', 'Hearing', 20, true),
    ('disability-category', '3', '言语残疾', 'Speech', 30, true),
    ('disability-category', '4', '肢体残疾', 'Physical', 40, true),
    ('disability-category', '5', '智力残疾', 'Intellectual', 50, true),
    ('disability-category', '6', '精神残疾', 'Mental', 60, true),
    ('disability-category', '7', '多重残疾', 'Multiple', 70, true);

-- GB/T 26341-2010: grade 1 is the most severe; the grade is the 20th character of the 残疾人证号.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('disability-grade', '1', '一级', 'Grade 1', 10, true),
    ('disability-grade', '2', '二级', 'Grade 2', 20, true),
    ('disability-grade', '3', '三级', 'Grade 3', 30, true),
    ('disability-grade', '4', '四级', 'Grade 4', 40, true);

-- 户口性质 as household registers record it. No GB standard: 1 and 2 are the historical
-- agricultural/non-agricultural split, 3 the unified resident hukou of 国发〔2014〕25号; older
-- records keep 1 and 2, so all three stay.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('hukou-type', '1', '农业户口', 'Rural (agricultural)', 10, true),
    ('hukou-type', '2', '非农业户口', 'Urban (non-agricultural)', 20, true),
    ('hukou-type', '3', '居民户口', 'Resident', 30, true);

-- 城乡分类代码 of the NBS 统计用区划代码和城乡划分代码编制规则 (国统字〔2009〕91号): 1xx urban, 2xx rural.
insert into dictionary.entries (dictionary_code, code, label_zh, label_en, sort_order, builtin) values
    ('urban-rural-class', '111', '主城区', 'Main urban area', 10, true),
    ('urban-rural-class', '112', '城乡结合区', 'Urban-rural fringe', 20, true),
    ('urban-rural-class', '121', '镇中心区', 'Town centre', 30, true),
    ('urban-rural-class', '122', '镇乡结合区', 'Town-rural fringe', 40, true),
    ('urban-rural-class', '123', '特殊区域', 'Special area', 50, true),
    ('urban-rural-class', '210', '乡中心区', 'Township centre', 60, true),
    ('urban-rural-class', '220', '村庄', 'Village', 70, true);
