package org.minzheng.attachment.storage;

import org.minzheng.attachment.spi.FileStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file-system store, unless the deployment provides another {@link FileStore} (e.g. object storage). */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore fileSystemStore(AttachmentProperties properties) {
        return new FileSystemStore(properties.folder());
    }
}
